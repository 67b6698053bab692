/**
 * The selection's rows (FindSale columns of `GET /api/v1/Sale?$select=…`) as `Sale` summaries,
 * through the model's `normalizeSale`, so a nonsense value is left out with a warning and a row
 * that cannot be a sale (no id) is skipped with one; nothing throws.
 */
import { describeValue } from '../model/describe.js';
import { normalizeSale } from '../model/normalize.js';
import type { DataWarning, Id, Ref, Sale, SaleStatus, SaleType, Stage } from '../model/types.js';
import { calendarDate, isNoDate } from './entity-dates.js';
import { column, idColumn, textColumn } from './odata.js';

/** The columns of a row's owner, company and contact, named alike by the sale archives. */
export const PEOPLE_COLUMNS = [
  'associateId',
  'associate/fullName',
  'contactId',
  'contact/name',
  'personId',
  'person/fullName',
];

/** The FindSale columns `members()` asks for (docs/superoffice-protocol.md, section 5). */
export const SALE_COLUMNS = [
  'saleId',
  'heading',
  'saleStatus',
  'completed',
  'date',
  'amount',
  'currency',
  'probPercent',
  'stage',
  'saleType',
  'saleNumber',
  'reopenDate',
  'updatedDate',
  ...PEOPLE_COLUMNS,
  'projectId',
  'project/name',
] as const;

/** What rows are matched against: a row names its stage and sale type, the lists give their ids. */
export interface RowCatalogue {
  stages: readonly Stage[];
  saleTypes: readonly SaleType[];
}

/** SuperOffice's sale status, as text in any case or as its number (1 open … 4 stalled). */
const STATUS_NUMBERS: Record<number, SaleStatus> = { 1: 'open', 2: 'sold', 3: 'lost', 4: 'stalled' };

function readStatus(value: unknown): unknown {
  if (typeof value === 'number') return STATUS_NUMBERS[value] ?? value;
  return typeof value === 'string' ? value.trim().toLowerCase() : value;
}

/** A boolean column: true/false, "true"/"false", 1/0; anything else is passed on to be reported. */
export function readFlag(value: unknown): unknown {
  if (value === 1 || value === '1' || value === 'true' || value === 'True') return true;
  if (value === 0 || value === '0' || value === 'false' || value === 'False' || value === '') return false;
  return value;
}

/** A date column as the calendar date in its own offset; a value that is no date is passed on to be reported. */
export function readDate(value: unknown): unknown {
  if (value === null || value === undefined || value === '' || isNoDate(value)) return undefined;
  return calendarDate(value) ?? value;
}

/** A `{ id, name }` from an id column and a name column; none when the id is 0 or missing. */
export function readRef(row: object, idName: string, nameName: string): Ref | undefined {
  const id = idColumn(row, idName);
  if (id === undefined) return undefined;
  return { id, name: textColumn(row, nameName) ?? String(id) };
}

const byName = <T extends { name: string }>(items: readonly T[], name: string | undefined): T | undefined => {
  if (name === undefined) return undefined;
  const wanted = name.toLocaleLowerCase();
  return items.find((item) => item.name.toLocaleLowerCase() === wanted);
};

/** One row as host data in the model's shape, for `normalizeSale`. */
function rowAsSale(row: object, id: Id, catalogue: RowCatalogue): Record<string, unknown> {
  const updated = column(row, 'updatedDate');
  return {
    id,
    title: column(row, 'heading'),
    number: textColumn(row, 'saleNumber'),
    status: readStatus(column(row, 'saleStatus')),
    done: readFlag(column(row, 'completed')),
    saleDate: readDate(column(row, 'date')),
    amount: column(row, 'amount') ?? undefined,
    currency: textColumn(row, 'currency'),
    probability: column(row, 'probPercent') ?? undefined,
    stage: byName(catalogue.stages, textColumn(row, 'stage')),
    saleType: byName(catalogue.saleTypes, textColumn(row, 'saleType')),
    reopenDate: readDate(column(row, 'reopenDate')),
    owner: readRef(row, 'associateId', 'associate/fullName'),
    company: readRef(row, 'contactId', 'contact/name'),
    person: readRef(row, 'personId', 'person/fullName'),
    project: readRef(row, 'projectId', 'project/name'),
    // Kept as given: the server compares it at one-second resolution.
    updatedAt: updated === null || updated === '' ? undefined : updated,
  };
}

/** The rows as sales, in order; problems are added to `warnings`, each naming the row. */
export function salesFromRows(
  rows: readonly (object | undefined)[],
  catalogue: RowCatalogue,
  warnings: DataWarning[],
  firstIndex = 0,
): Sale[] {
  const sales: Sale[] = [];
  rows.forEach((row, offset) => {
    if (row === undefined) return;
    const where = `members row ${firstIndex + offset}`;
    const id = idColumn(row, 'saleId') ?? idColumn(row, 'PrimaryKey');
    if (id === undefined) {
      const got = describeValue(column(row, 'saleId'));
      warnings.push({ field: `${where}.saleId`, message: `expected a sale id, got ${got}; row left out` });
      return;
    }
    const { sale, warnings: found } = normalizeSale(rowAsSale(row, id, catalogue));
    for (const { field, message } of found) warnings.push({ field: `${where}.${field}`, message });
    sales.push(sale);
  });
  return sales;
}
