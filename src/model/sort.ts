/**
 * Sorting for lists: stable, text collated in the user's language (å after z in Norwegian, numbers
 * in text by value), missing values last in either direction. Sort values are read defensively, so
 * the list can sort host data it has not normalized yet (normalizing 100,000 sales up front would
 * cost more than the whole first render).
 */
import { toIsoDay } from './dates.js';
import { nextActivityOf } from './overdue.js';
import { profit, profitPercent, weightedAmount } from './money.js';
import { stageRank } from './stage-label.js';
import { SALE_STATUSES, type Sale } from './types.js';

/** A value to sort by: text, a number, or nothing (always last). */
export type SortKey = string | number | undefined;

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Every column the sales list knows; the first nine are shown by default. */
export const SALE_COLUMNS = [
  'status',
  'saleDate',
  'amount',
  'stage',
  'nextActivity',
  'title',
  'person',
  'company',
  'owner',
  'weightedAmount',
  'profit',
  'profitPercent',
  'probability',
  'saleType',
  'source',
  'competitor',
  'currency',
  'reopenDate',
  'number',
] as const;
export type SaleColumn = (typeof SALE_COLUMNS)[number];

const collators = new Map<string, Intl.Collator>();

/** A cached collator for `locale`: numeric ("Sale 2" before "Sale 10"), case and accent aware. */
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    let resolved: string;
    try {
      resolved = Intl.getCanonicalLocales(locale)[0] ?? 'en';
    } catch {
      resolved = 'en';
    }
    collator = new Intl.Collator(resolved, { numeric: true, sensitivity: 'variant' });
    collators.set(locale, collator);
  }
  return collator;
}

/** Compares two sort keys: missing last, numbers before text, text by `collator`. Ascending. */
export function compareSortKeys(a: SortKey, b: SortKey, collator: Intl.Collator): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(a, b);
}

/** A usable sort key: finite numbers and non-empty text; anything else is "missing". */
function keyOf(value: unknown): SortKey {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return undefined;
}

/** The items at `positions`, in that order. Moves references only: no item is read. */
function pick<T>(items: readonly T[], positions: ArrayLike<number>): T[] {
  const picked: T[] = new Array<T>(positions.length);
  for (let place = 0; place < positions.length; place++) picked[place] = items[positions[place]!]!;
  return picked;
}

/**
 * A new array of `items` sorted by `value(item)`, stable (equal keys keep their order) and with
 * missing keys last in both directions. Keys are read once per item.
 */
export function sortBy<T>(
  items: readonly T[],
  value: (item: T) => unknown,
  order: SortOrder,
  locale: string,
): T[] {
  return pick(items, sortedPositions(items, value, order, locale));
}

/** `sortBy` as the positions of the sorted items in `items`. */
function sortedPositions<T>(
  items: readonly T[],
  value: (item: T) => unknown,
  order: SortOrder,
  locale: string,
): Uint32Array {
  const count = items.length;
  const keys: SortKey[] = new Array<SortKey>(count);
  let numbers = 0;
  let integers = true;
  let min = Infinity;
  let max = -Infinity;
  let text = false;
  for (let index = 0; index < count; index++) {
    const key = keyOf(value(items[index]!));
    keys[index] = key;
    if (typeof key === 'number') {
      numbers++;
      if (key < min) min = key;
      if (key > max) max = key;
      if (integers && !Number.isInteger(key)) integers = false;
    } else if (key !== undefined) text = true;
  }
  // No keys at all (a column the sales leave empty): every item is missing and keeps its place.
  const span = numbers > 0 ? max - min : 0;
  if (!text && integers && (span + 1) * count <= Number.MAX_SAFE_INTEGER) {
    return sortIntegers(keys, numbers, order, span, min);
  }
  const collator = collatorFor(locale);
  const sign = order === 'desc' ? -1 : 1;
  const positions = new Uint32Array(count);
  for (let index = 0; index < count; index++) positions[index] = index;
  // Ties by position: stable whatever the engine's sort is.
  return positions.sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    if (x === undefined || y === undefined) return compareSortKeys(x, y, collator) || a - b;
    return sign * compareSortKeys(x, y, collator) || a - b;
  });
}

/**
 * `sortedPositions` for keys that are all integers (dates as YYYYMMDD, ranks, whole amounts) or
 * missing: no object per item, not even a comparison function. Integers within a span not much
 * wider than the list (dates of a year or two, stage ranks) are counted into place: two passes, no
 * comparisons. Wider ones are packed with their position into one double and the typed array sorts
 * natively. Both are stable by position.
 */
function sortIntegers(
  keys: readonly SortKey[],
  numbers: number,
  order: SortOrder,
  span: number,
  min: number,
): Uint32Array {
  const count = keys.length;
  const sorted = new Uint32Array(count);
  const top = min + span;
  const descending = order === 'desc';
  let at = 0;
  if (span < 4 * count + 1024) {
    // A counting sort: `starts[rank]` becomes the first place of the keys of that rank.
    const starts = new Uint32Array(span + 2);
    for (let index = 0; index < count; index++) {
      const key = keys[index];
      if (key === undefined) continue;
      starts[(descending ? top - (key as number) : (key as number) - min) + 1]! += 1;
    }
    for (let rank = 1; rank <= span + 1; rank++) starts[rank]! += starts[rank - 1]!;
    for (let index = 0; index < count; index++) {
      const key = keys[index];
      if (key === undefined) continue;
      const rank = descending ? top - (key as number) : (key as number) - min;
      sorted[starts[rank]!++] = index;
    }
    at = numbers;
  } else {
    const packed = new Float64Array(numbers);
    let next = 0;
    for (let index = 0; index < count; index++) {
      const key = keys[index];
      if (key === undefined) continue;
      const rank = descending ? top - (key as number) : (key as number) - min;
      packed[next++] = rank * count + index;
    }
    packed.sort();
    for (let index = 0; index < numbers; index++) sorted[at++] = packed[index]! % count;
  }
  // Missing keys last in either direction, in their order.
  for (let index = 0; at < count; index++) if (keys[index] === undefined) sorted[at++] = index;
  return sorted;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * A date as the number YYYYMMDD: numbers compare far faster than collated text, which matters when
 * 100,000 sales sort by date. Plain days skip the full ISO parse.
 */
function dayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  // The common case, a plain `YYYY-MM-DD`, read from its character codes: no regex, no strings.
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    let number = 0;
    for (let at = 0; at < 10; at++) {
      if (at === 4 || at === 7) continue;
      const code = value.charCodeAt(at);
      if (!isDigit(code)) {
        number = -1;
        break;
      }
      number = number * 10 + code - 48;
    }
    if (number >= 0 && Math.floor(number / 100) % 100 <= 12 && number % 100 <= 31) return number;
  }
  // Anything else (a time, a plain day the fast path rejects) as `toIsoDay` reads it.
  const day = toIsoDay(value);
  return day === undefined ? undefined : Number(day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10));
}

function nameOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

const statusRank = (status: unknown): number | undefined => {
  const index = (SALE_STATUSES as readonly unknown[]).indexOf(status);
  return index < 0 ? undefined : index;
};

/** The day a sale's Next activity column shows: a stalled sale's re-open date, else its next activity. */
export function nextActivityDay(sale: Sale): string | undefined {
  if (sale.status === 'stalled') return toIsoDay(sale.reopenDate);
  return toIsoDay(nextActivityOf(sale)?.date);
}

/**
 * The value a sales-list column sorts by. Stages sort by probability (the pipeline order), then
 * Sold and Lost (what a closed sale's Stage shows, see stage-label.ts), statuses
 * in the order open, sold, lost, stalled, dates as ISO days; anything malformed is missing.
 */
export function saleSortValue(sale: Sale, column: SaleColumn | string): SortKey {
  if (!sale || typeof sale !== 'object') return undefined;
  switch (column) {
    case 'status':
      return statusRank(sale.status);
    case 'saleDate':
    case 'reopenDate':
      return dayNumber(sale[column]);
    case 'stage':
      // As the column shows it: a closed sale's Stage is Sold or Lost, after every open stage.
      return stageRank(sale) ?? nameOf(sale.stage);
    case 'nextActivity':
      return dayNumber(nextActivityDay(sale));
    case 'title':
    case 'number':
    case 'currency':
      return keyOf(sale[column]);
    case 'amount':
    case 'probability':
      return typeof sale[column] === 'number' ? keyOf(sale[column]) : undefined;
    case 'weightedAmount':
      return weightedAmount(sale);
    case 'profit':
      return profit(sale);
    case 'profitPercent':
      return profitPercent(sale);
    case 'person':
    case 'company':
    case 'owner':
    case 'saleType':
    case 'source':
    case 'competitor':
      return keyOf(nameOf(sale[column]));
    default:
      return undefined;
  }
}

/** Columns of money in the sale's own currency: amounts in two currencies cannot be compared. */
const MONEY_COLUMNS: readonly string[] = ['amount', 'weightedAmount', 'profit'];

/** A sale's currency code for grouping (`nok` and `NOK` alike); empty when it has none. */
function currencyCode(sale: Sale): string {
  const currency: unknown = sale && typeof sale === 'object' ? sale.currency : undefined;
  return typeof currency === 'string' ? currency.trim().toUpperCase() : '';
}

/**
 * The sales sorted by a list column, stable; an unknown column keeps the order. Money columns
 * (Amount, Weighted amount, Profit) sort within a currency: the sales are grouped by currency code
 * (A to Z in either direction, sales without a currency after them), each group by the amount in
 * the chosen direction, and sales without an amount last. Sales carry no base-currency amount, so
 * that is the only honest order: 100 EUR is not less than 500 NOK.
 */
export function sortSales<T extends Sale>(
  sales: readonly T[],
  column: string,
  order: SortOrder,
  locale: string,
): T[] {
  return pick(sales, saleOrder(sales, column, order, locale));
}

/**
 * `sortSales` as positions in `sales`: the grouped list sorts once and then only moves references
 * into its groups (see `groupSales`), reading each sale in the order the host gave them.
 */
export function saleOrder(
  sales: readonly Sale[],
  column: string,
  order: SortOrder,
  locale: string,
): Uint32Array {
  const count = sales.length;
  // An unknown column has no values: every sale is missing, and missing keys keep their order.
  const value = (sale: Sale) => saleSortValue(sale, column);
  const first = count > 0 ? currencyCode(sales[0]!) : '';
  // One currency (the usual list): no grouping pass at all.
  if (!MONEY_COLUMNS.includes(column) || sales.every((sale) => currencyCode(sale) === first)) {
    return sortedPositions(sales, value, order, locale);
  }
  // Positions per currency code, and those of the sales without an amount.
  const byCurrency = new Map<string, number[]>();
  const unvalued: number[] = [];
  for (let index = 0; index < count; index++) {
    const sale = sales[index]!;
    if (keyOf(value(sale)) === undefined) {
      unvalued.push(index);
      continue;
    }
    const code = currencyCode(sale);
    const group = byCurrency.get(code);
    if (group) group.push(index);
    else byCurrency.set(code, [index]);
  }
  const collator = collatorFor(locale);
  const codes = [...byCurrency.keys()].sort((a, b) =>
    compareSortKeys(a || undefined, b || undefined, collator),
  );
  const sorted = new Uint32Array(count);
  let at = 0;
  for (const code of codes) {
    const positions = byCurrency.get(code)!;
    for (const place of sortedPositions(pick(sales, positions), value, order, locale)) {
      sorted[at++] = positions[place]!;
    }
  }
  sorted.set(unvalued, at);
  return sorted;
}
