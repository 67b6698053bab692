/**
 * A SuperOffice `SaleEntity` (REST JSON, `GET /api/v1/Sale/{id}`) as our `Sale`. The entity is
 * first read into our field names, then checked by our own `normalizeSale`, so nonsense is clamped
 * or left out with a warning rather than thrown; every warning names the SuperOffice field.
 */
import { describeValue, isAbsent, isRecord, readField, warn } from '../model/normalize-fields.js';
import { normalizeSale } from '../model/normalize.js';
import type { DataWarning, Sale } from '../model/types.js';
import {
  ASSOCIATE,
  CONTACT,
  LINK_NAMES,
  LIST_ITEM,
  PERSON,
  PROJECT,
  STAKEHOLDER_NAMES,
  readItems,
  readCustomFields,
  readLink,
  readRef,
  readStakeholder,
  type RefCarrier,
} from './entity-carriers.js';
import { renameWarnings, type FieldName } from './entity-field-names.js';
import { calendarDate, isNoDate } from './entity-dates.js';
import { readNextDue, readSaleType } from './entity-sale-type.js';
import type { UserFieldInfos } from './user-field-info.js';

export interface SaleFromEntity {
  sale: Sale;
  warnings: DataWarning[];
}

const STATUSES: Record<string, Sale['status']> = {
  Open: 'open',
  Sold: 'sold',
  Lost: 'lost',
  Stalled: 'stalled',
};
const COMPLETED: Record<string, boolean> = { Completed: true, Started: false, NotStarted: false };

/** Our fields that are one SuperOffice field under another name. */
const PLAIN_NAMES: Record<string, string> = {
  id: 'SaleId',
  number: 'Number',
  title: 'Heading',
  status: 'Status',
  done: 'Completed',
  probability: 'Probability',
  amount: 'Amount',
  cost: 'Earning',
  currency: 'Currency',
  saleDate: 'Saledate',
  description: 'SaleText',
  reopenDate: 'ReopenDate',
  notes: 'Postit',
  updatedAt: 'UpdatedDate',
};

// Money from SuperOffice has at most four decimals; this keeps Amount - Earning from showing float noise.
const roundMoney = (value: number): number => Math.round(value * 10_000) / 10_000;

/** Reads the entity into our field names, collecting the SuperOffice name of each. */
class EntityReader {
  readonly draft: Record<string, unknown> = {};
  readonly names: Record<string, FieldName | string> = { ...PLAIN_NAMES };

  constructor(
    readonly entity: object,
    readonly warnings: DataWarning[],
  ) {}

  get(key: string): unknown {
    return readField(this.entity, key);
  }

  /** A SuperOffice value that our field takes as it is. */
  plain(ours: string, theirs: string, map: (value: unknown) => unknown = (value) => value): void {
    this.draft[ours] = map(this.get(theirs));
  }

  /** A date: its calendar day in its offset; SuperOffice's "no date" is none; anything else is handed on to be reported. */
  date(ours: string, theirs: string): void {
    const value = this.get(theirs);
    this.draft[ours] = isNoDate(value) ? undefined : (calendarDate(value) ?? value);
  }

  ref(ours: string, theirs: string, carrier: RefCarrier): void {
    const read = readRef(this.get(theirs), carrier, theirs);
    if (!read) return;
    this.draft[ours] = read.ref;
    this.names[ours] = read.names;
  }
}

function readId(value: unknown): unknown {
  // SaleId 0 is a sale not stored yet.
  return value === 0 ? undefined : value;
}

function readCurrency(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const id = readField(value, 'Id');
  const code = readField(value, 'Value');
  return id === 0 && isAbsent(code) ? undefined : code;
}

/**
 * Earning is the profit; our `cost` is what the sale costs, so cost = Amount - Earning. Without an
 * Amount a cost cannot be known; an Earning larger than the Amount gives a negative cost, which is
 * kept (so a save writes the same Earning back) and reported.
 */
function readCost(reader: EntityReader): void {
  const amount = reader.get('Amount');
  const earning = reader.get('Earning');
  if (isAbsent(earning)) return;
  if (typeof earning !== 'number' || !Number.isFinite(earning)) {
    reader.draft.cost = earning;
    return;
  }
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    if (earning !== 0) warn(reader.warnings, 'Earning', 'no Amount to take it from; cost left out');
    return;
  }
  const cost = roundMoney(amount - earning);
  if (cost < 0) {
    warn(
      reader.warnings,
      'Earning',
      `${describeValue(earning)} is more than the Amount ${describeValue(amount)}; the cost is negative (${cost})`,
    );
  }
  reader.draft.cost = cost;
}

/** Our one `reason` is the sold reason of a sold sale and the lost reason (`Reason`) otherwise. */
function readReason(reader: EntityReader, status: unknown): void {
  const order = status === 'sold' ? ['ReasonSold', 'Reason'] : ['Reason', 'ReasonSold'];
  for (const theirs of order) {
    reader.ref('reason', theirs, LIST_ITEM);
    if (reader.draft.reason !== undefined) return;
  }
}

function readStage(reader: EntityReader): void {
  reader.ref('stage', 'Rating', LIST_ITEM);
  const stage = reader.draft.stage;
  if (!isRecord(stage)) return;
  // The entity's stage carries no probability of its own; the sale's (clamped) stands in, else 0.
  const probability = reader.draft.probability;
  const usable = typeof probability === 'number' && Number.isFinite(probability);
  reader.draft.stage = { ...stage, probability: usable ? Math.min(100, Math.max(0, probability)) : 0 };
}

export interface FromSaleEntityOptions {
  /** The sale's user-field definitions by ProgId, which label and type `CustomFields`. */
  userFields?: UserFieldInfos;
}

/** Any JS value, read as a SuperOffice `SaleEntity`: a safe `Sale` and one warning per problem, naming the SuperOffice field. Never throws. */
export function fromSaleEntity(json: unknown, options?: FromSaleEntityOptions): SaleFromEntity {
  const warnings: DataWarning[] = [];
  if (!isRecord(json)) {
    warn(
      warnings,
      'SaleEntity',
      `expected a SaleEntity object, got ${describeValue(json)}; shown as an empty new sale`,
    );
    return { sale: { id: '', title: '', status: 'open' }, warnings };
  }
  const reader = new EntityReader(json, warnings);
  const { draft } = reader;
  reader.plain('id', 'SaleId', readId);
  reader.plain('number', 'Number');
  reader.plain('title', 'Heading');
  reader.plain('status', 'Status', (value) =>
    typeof value === 'string' ? (STATUSES[value] ?? value) : value,
  );
  reader.plain('done', 'Completed', (value) =>
    typeof value === 'string' ? (COMPLETED[value] ?? value) : value,
  );
  reader.plain('probability', 'Probability');
  reader.plain('amount', 'Amount');
  readCost(reader);
  reader.plain('currency', 'Currency', readCurrency);
  if (isRecord(reader.get('Currency'))) reader.names.currency = 'Currency.Value';
  reader.date('saleDate', 'Saledate');
  readSaleType(reader.get('SaleType'), reader);
  reader.ref('owner', 'Associate', ASSOCIATE);
  reader.ref('credited', 'Credited', LIST_ITEM);
  reader.ref('company', 'Contact', CONTACT);
  reader.ref('person', 'Person', PERSON);
  reader.ref('project', 'Project', PROJECT);
  reader.ref('source', 'Source', LIST_ITEM);
  reader.plain('description', 'SaleText');
  reader.ref('competitor', 'Competitor', LIST_ITEM);
  readReason(reader, draft.status);
  reader.date('reopenDate', 'ReopenDate');
  reader.ref('stalledReason', 'ReasonStalled', LIST_ITEM);
  reader.plain('notes', 'Postit');
  const infos = isRecord(options) ? readField(options, 'userFields') : undefined;
  const custom = readCustomFields(
    json,
    warnings,
    infos instanceof Map ? (infos as UserFieldInfos) : undefined,
  );
  if (custom) {
    draft.userFields = custom.fields;
    reader.names.userFields = {
      name: 'CustomFields',
      items: custom.items,
      keys: { id: '', label: '', value: '', type: '' },
    };
  }
  draft.links = mapList(reader, 'Links', readLink);
  reader.names.links = LINK_NAMES;
  readNextDue(reader.get('NextDueDate'), reader.get('Appointment'), draft, reader.names);
  draft.stakeholders = mapList(reader, 'SaleStakeholders', readStakeholder);
  reader.names.stakeholders = STAKEHOLDER_NAMES;
  readStage(reader);
  // The full timestamp: If-Unmodified-Since is made from it.
  reader.plain('updatedAt', 'UpdatedDate', (value) => (isNoDate(value) ? undefined : value));
  const normalized = normalizeSale(draft);
  warnings.push(...renameWarnings(normalized.warnings, reader.names));
  return { sale: normalized.sale, warnings };
}

function mapList(reader: EntityReader, theirs: string, readItem: (item: unknown) => unknown): unknown {
  const value = reader.get(theirs);
  const items = readItems(value, theirs, reader.warnings);
  return items ? items.map((item) => (isAbsent(item) ? item : readItem(item))) : value;
}
