/**
 * The partial `SaleEntity` that writes a sale's changed fields: the body of a `PATCH` (a JSON merge
 * patch) or of the `POST` of a new sale. Only changed fields appear; `null` clears one. Carriers
 * carry their id (`{ ContactId: 7 }`) and, so that the entity reads back whole, their name.
 */
import type { FieldChanges } from '../model/draft.js';
import type { Id, Ref, Sale, SaleLink, Stakeholder, UserField } from '../model/types.js';
import { entityNameOf } from './entity-carriers.js';
import { entityDate } from './entity-dates.js';
import type {
  CustomFieldValue,
  LinkCarrier,
  ListItemCarrier,
  SaleEntity,
  SaleStakeholderCarrier,
  SaleStatusText,
} from './sale-entity.js';

export interface ToSaleEntityOptions {
  /**
   * The id of a currency's list item (`GET /api/v1/List/Currency/Items`), by ISO code. Without it
   * `Currency` is written as `{ Value: code }`.
   */
  currencyId?: (code: string) => number | undefined;
  /** The offset, in minutes east of UTC, that dates are written with. Default: the browser's on that day. */
  offsetMinutes?: number;
}

const STATUS_TEXT: Record<Sale['status'], SaleStatusText> = {
  open: 'Open',
  sold: 'Sold',
  lost: 'Lost',
  stalled: 'Stalled',
};

// Sale fields that SaleEntity does not write: the id is the URL's, the rest are other endpoints' or read-only.
const NOT_WRITTEN = new Set<keyof Sale>([
  'id',
  'nextActivity',
  'activities',
  'quote',
  'favourite',
  'updatedAt',
]);

const roundMoney = (value: number): number => Math.round(value * 10_000) / 10_000;

/** SuperOffice ids are numbers; ours may be numeric text. Anything else is no stored record (0). */
export function entityId(id: Id | undefined): number {
  if (typeof id === 'number') return Number.isSafeInteger(id) && id > 0 ? id : 0;
  const text = String(id ?? '').trim();
  return /^\d{1,15}$/.test(text) ? Number(text) : 0;
}

function listItem(ref: Ref | null | undefined): ListItemCarrier | null {
  return ref ? { Id: entityId(ref.id), Value: ref.name } : null;
}

/** First and last name from one full name (split at the last space), so that they join back to it. */
function nameParts(name: string): { Firstname: string; Lastname: string } {
  const cut = name.lastIndexOf(' ');
  return cut < 0
    ? { Firstname: '', Lastname: name }
    : { Firstname: name.slice(0, cut), Lastname: name.slice(cut + 1) };
}

function stakeholderCarrier(stakeholder: Stakeholder): SaleStakeholderCarrier {
  return {
    SaleStakeholderId: entityId(stakeholder.id),
    PersonId: entityId(stakeholder.person.id),
    ...nameParts(stakeholder.person.name),
    MiddleName: '',
    ContactId: entityId(stakeholder.company?.id),
    ContactName: stakeholder.company?.name ?? '',
    StakeholderRoleName: stakeholder.role ?? '',
    Comment: stakeholder.comment ?? '',
    EmailAddress: stakeholder.email ?? '',
    Phone: stakeholder.phone ?? '',
  };
}

function linkCarrier(link: SaleLink): LinkCarrier {
  return {
    EntityName: entityNameOf(link.kind),
    Id: entityId(link.id),
    Description: link.title,
    ...(link.kind === 'url' && link.href !== undefined ? { ExtraInfo: link.href } : {}),
  };
}

function customFields(fields: readonly UserField[]): Record<string, CustomFieldValue> {
  return Object.fromEntries(fields.map((field) => [String(field.id), field.value]));
}

/**
 * The changed fields of `sale` as a partial `SaleEntity`. `changes` are the fields that differ
 * from the stored sale (`null` for a cleared one); `sale` is the whole draft, for what a change
 * depends on (a reason is `ReasonSold` on a sold sale, `Reason` otherwise; Earning is Amount - cost).
 */
export function toSaleEntity(
  sale: Sale,
  changes: FieldChanges<Sale>,
  options: ToSaleEntityOptions = {},
): Partial<SaleEntity> {
  const entity: Partial<SaleEntity> = {};
  const date = (value: string | null | undefined): string | null =>
    (value && entityDate(value, options.offsetMinutes)) || null;
  const changed = Object.keys(changes).filter((key) => !NOT_WRITTEN.has(key as keyof Sale)) as (keyof Sale)[];
  for (const key of changed) {
    const value = changes[key] ?? null;
    switch (key) {
      case 'title':
        entity.Heading = value as string | null;
        break;
      case 'number':
        entity.Number = value as string | null;
        break;
      case 'description':
        entity.SaleText = value as string | null;
        break;
      case 'notes':
        entity.Postit = value as string | null;
        break;
      case 'status':
        entity.Status = STATUS_TEXT[(value as Sale['status'] | null) ?? 'open'];
        break;
      case 'done':
        entity.Completed = value === true ? 'Completed' : 'Started';
        break;
      case 'probability':
        entity.Probability = typeof value === 'number' ? Math.round(value) : null;
        break;
      case 'amount':
        entity.Amount = value as number | null;
        break;
      case 'currency': {
        const code = value as string | null;
        const id = code ? options.currencyId?.(code) : undefined;
        entity.Currency = code ? { ...(id === undefined ? {} : { Id: id }), Value: code } : null;
        break;
      }
      case 'saleDate':
        entity.Saledate = date(value as string | null);
        break;
      case 'reopenDate':
        entity.ReopenDate = date(value as string | null);
        break;
      case 'stage':
        entity.Rating = listItem(value as Ref | null);
        break;
      case 'saleType':
        entity.SaleType = listItem(value as Ref | null);
        break;
      case 'owner': {
        const ref = value as Ref | null;
        entity.Associate = ref ? { AssociateId: entityId(ref.id), FullName: ref.name } : null;
        break;
      }
      case 'company': {
        const ref = value as Ref | null;
        entity.Contact = ref ? { ContactId: entityId(ref.id), Name: ref.name } : null;
        break;
      }
      case 'person': {
        const ref = value as Ref | null;
        entity.Person = ref ? { PersonId: entityId(ref.id), FullName: ref.name } : null;
        break;
      }
      case 'project': {
        const ref = value as Ref | null;
        entity.Project = ref ? { ProjectId: entityId(ref.id), Name: ref.name } : null;
        break;
      }
      case 'credited':
        entity.Credited = listItem(value as Ref | null);
        break;
      case 'source':
        entity.Source = listItem(value as Ref | null);
        break;
      case 'competitor':
        entity.Competitor = listItem(value as Ref | null);
        break;
      case 'reason':
        entity[sale.status === 'sold' ? 'ReasonSold' : 'Reason'] = listItem(value as Ref | null);
        break;
      case 'stalledReason':
        entity.ReasonStalled = listItem(value as Ref | null);
        break;
      case 'userFields':
        entity.CustomFields = value ? customFields(value as UserField[]) : null;
        break;
      case 'links':
        entity.Links = ((value as SaleLink[] | null) ?? []).map(linkCarrier);
        break;
      case 'stakeholders':
        entity.SaleStakeholders = ((value as Stakeholder[] | null) ?? []).map(stakeholderCarrier);
        break;
    }
  }
  writeEarning(sale, changes, entity);
  return entity;
}

/**
 * SuperOffice stores the profit (Earning), we the cost: when the amount or the cost changes, the
 * Earning that keeps our cost is written, and its percentage of the amount with it.
 */
function writeEarning(sale: Sale, changes: FieldChanges<Sale>, entity: Partial<SaleEntity>): void {
  const has = (key: keyof Sale): boolean => Object.prototype.hasOwnProperty.call(changes, key);
  if (!has('amount') && !has('cost')) return;
  const amount = has('amount') ? changes.amount : sale.amount;
  const cost = has('cost') ? changes.cost : sale.cost;
  if (typeof amount === 'number' && typeof cost === 'number') {
    const earning = roundMoney(amount - cost);
    entity.Earning = earning;
    entity.EarningPercent = amount === 0 ? 0 : roundMoney((earning / amount) * 100);
  } else if (has('cost')) {
    entity.Earning = null;
    entity.EarningPercent = null;
  }
}
