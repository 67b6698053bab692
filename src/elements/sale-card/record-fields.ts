/**
 * The Sale tab's related records: Company, Contact, Project and Owner, as they are (company,
 * contact and project as buttons that ask the host to open them). In edit mode with a `lookup`,
 * each is picked with a `<sale-combobox>` (record-fields.edit.ts).
 */
import { html } from 'lit';
import type { SaleRecordLink } from '../../events/sale-link-open.js';
import type { Ref } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import type { Field } from './fields.js';

/** A company, contact or project as a button that asks the host to open it. */
export function recordLink(context: CardContext, kind: SaleRecordLink['kind'], ref: Ref | undefined) {
  if (!ref) return undefined;
  return html`<button
    type="button"
    class="link"
    @click=${() => context.openLink({ id: ref.id, kind, title: ref.name })}
  >
    ${ref.name}
  </button>`;
}

/** Company, Contact, Project and Owner. */
export function recordFields(context: CardContext): Field[] {
  const { sale, t } = context;
  return [
    { id: 'f-company', label: t('field.company'), value: recordLink(context, 'company', sale.company) },
    { id: 'f-person', label: t('field.person'), value: recordLink(context, 'person', sale.person) },
    { id: 'f-project', label: t('field.project'), value: recordLink(context, 'project', sale.project) },
    { id: 'f-owner', label: t('field.owner'), value: sale.owner?.name },
  ];
}
