/**
 * The Sale tab's related records: Company, Contact, Project and Owner. In view mode, and in edit
 * mode when the host gave no `lookup`, they show as they are (company, contact and project as
 * buttons that ask the host to open them). With `lookup`, edit mode picks each with a
 * `<sale-combobox>`.
 */
import { html, type TemplateResult } from 'lit';
import type { SaleComboboxChangeEvent } from '../../events/sale-combobox-change.js';
import type { SaleRecordLink } from '../../events/sale-link-open.js';
import { contactForCompany, type LookupKind } from '../../model/lookup.js';
import type { Ref, Sale } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import type { Field } from './fields.js';
import { comboboxDefined } from './combobox-loader.js';

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

/**
 * The companies of contacts the user picked, as the search told them. The draft keeps a contact as
 * `{ id, name }`, so its company is remembered beside it, by the very object the draft holds.
 */
const contactCompanies = new WeakMap<Ref, Ref>();

/** The company of the sale's contact when something says it: the search it was picked from, or a stakeholder. */
function companyOfContact(sale: Sale): Ref | undefined {
  const contact = sale.person;
  if (!contact) return undefined;
  return (
    contactCompanies.get(contact) ??
    sale.stakeholders?.find((stakeholder) => String(stakeholder.person.id) === String(contact.id))?.company
  );
}

/** A `<sale-combobox>` for one record field; `onPick` gets the user's choice (`null`: cleared). */
export function recordCombobox(
  context: CardContext,
  id: string,
  kind: LookupKind,
  label: string,
  value: Ref | undefined,
  onPick: (event: SaleComboboxChangeEvent) => void,
  company?: Ref,
): TemplateResult {
  return html`<sale-combobox
    id=${id}
    kind=${kind}
    .label=${label}
    .value=${value ?? null}
    .company=${company ?? null}
    .lookup=${context.lookup}
    @sale-combobox-change=${(event: SaleComboboxChangeEvent) => {
      // The card reports the change itself, as a draft change.
      event.stopPropagation();
      onPick(event);
    }}
  ></sale-combobox>`;
}

/** Company, Contact, Project and Owner: pickable in edit mode when the host gave a `lookup`. */
export function recordFields(context: CardContext): Field[] {
  const { sale } = context;
  const field = (
    id: string,
    kind: LookupKind,
    label: string,
    value: Ref | undefined,
    shown: unknown,
    pick: (event: SaleComboboxChangeEvent) => void,
    company?: Ref,
  ): Field => ({
    id,
    label,
    value: shown,
    // Read-only until <sale-combobox> has loaded (combobox-loader.ts): the card renders again then.
    control:
      context.lookup && comboboxDefined()
        ? () => recordCombobox(context, id, kind, label, value, pick, company)
        : undefined,
  });
  return [
    field(
      'f-company',
      'company',
      context.t('field.company'),
      sale.company,
      recordLink(context, 'company', sale.company),
      ({ detail }) => {
        const company = detail.value ?? undefined;
        // A contact of another company does not belong to the sale any more.
        context.edit({ company, person: contactForCompany(sale.person, companyOfContact(sale), company) });
      },
    ),
    field(
      'f-person',
      'person',
      context.t('field.person'),
      sale.person,
      recordLink(context, 'person', sale.person),
      ({ detail }) => {
        if (detail.value && detail.company) contactCompanies.set(detail.value, detail.company);
        context.edit({ person: detail.value ?? undefined });
      },
      sale.company,
    ),
    field(
      'f-project',
      'project',
      context.t('field.project'),
      sale.project,
      recordLink(context, 'project', sale.project),
      ({ detail }) => context.edit({ project: detail.value ?? undefined }),
    ),
    field('f-owner', 'owner', context.t('field.owner'), sale.owner, sale.owner?.name, ({ detail }) =>
      context.edit({ owner: detail.value ?? undefined }),
    ),
  ];
}
