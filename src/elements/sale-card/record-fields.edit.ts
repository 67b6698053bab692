/**
 * The controls of the related records (record-fields.ts has their view): with the host's `lookup`,
 * each is picked with a `<sale-combobox>`; without one they stay read-only in edit mode.
 */
import { html, type TemplateResult } from 'lit';
import type { SaleComboboxChangeEvent } from '../../events/sale-combobox-change.js';
import { contactForCompany, type LookupKind } from '../../model/lookup.js';
import type { Ref, Sale } from '../../model/types.js';
import type { CardContext } from './card-context.js';
import { comboboxDefined } from './combobox-loader.js';
import type { FieldControls } from './edit-forms.js';

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
function recordCombobox(
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

/** Company, Contact, Project and Owner's pickers, when the host gave a `lookup`. */
export function recordControls(context: CardContext): FieldControls {
  const { sale } = context;
  // Read-only until <sale-combobox> has loaded (combobox-loader.ts): the card renders again then.
  if (!context.lookup || !comboboxDefined()) return {};
  const picker = (
    kind: 'company' | 'person' | 'project' | 'owner',
    value: Ref | undefined,
    pick: (event: SaleComboboxChangeEvent) => void,
    company?: Ref,
  ) => ({
    control: () =>
      recordCombobox(context, `f-${kind}`, kind, context.t(`field.${kind}`), value, pick, company),
  });
  return {
    'f-company': picker('company', sale.company, ({ detail }) => {
      const company = detail.value ?? undefined;
      // A contact of another company does not belong to the sale any more.
      context.edit({ company, person: contactForCompany(sale.person, companyOfContact(sale), company) });
    }),
    'f-person': picker(
      'person',
      sale.person,
      ({ detail }) => {
        if (detail.value && detail.company) contactCompanies.set(detail.value, detail.company);
        context.edit({ person: detail.value ?? undefined });
      },
      sale.company,
    ),
    'f-project': picker('project', sale.project, ({ detail }) =>
      context.edit({ project: detail.value ?? undefined }),
    ),
    'f-owner': picker('owner', sale.owner, ({ detail }) =>
      context.edit({ owner: detail.value ?? undefined }),
    ),
  };
}
