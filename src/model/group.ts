/**
 * Grouping for the sales list: by stage, status, owner, company, sale type or sale month, each group
 * with its count and per-currency sums. Groups come in a meaningful order (stages by probability,
 * then Sold and Lost, since a closed sale's Stage shows its status (stage-label.ts); statuses
 * open/sold/lost/stalled, names collated, months by date) with the "none" group (sales
 * without that value) last; inside a group the sales keep the order they came in (already sorted).
 */
import { toIsoDay } from './dates.js';
import { collatorFor } from './sort.js';
import { CLOSED_STAGE_RANK, closedStatusOf, type ClosedStatus } from './stage-label.js';
import { totalsOf, TotalsAccumulator, type CurrencySum } from './totals.js';
import { SALE_STATUSES, type Sale } from './types.js';

export const GROUP_BY_KEYS = ['none', 'stage', 'status', 'owner', 'company', 'saleType', 'month'] as const;
export type GroupBy = (typeof GROUP_BY_KEYS)[number];

export interface SaleGroup<T extends Sale = Sale> {
  /** Unique among the groups, such as `stage:3`, `month:2025-06` or `owner:` for "no owner". */
  key: string;
  /**
   * What the group is: a stage, owner, company or sale type name, a status (`open`...), a month
   * (`2025-06`); undefined for the sales without one. The element turns it into text.
   */
  value: string | undefined;
  /**
   * Grouped by stage: the sales closed as sold or lost, whose Stage shows that status (`value` is
   * then the status, which the element words, and `key` is `closed:sold` or `closed:lost`).
   */
  closed?: ClosedStatus;
  sales: T[];
  count: number;
  /** Amount and weighted amount per currency. */
  sums: CurrencySum[];
}

export function isGroupBy(value: unknown): value is GroupBy {
  return typeof value === 'string' && (GROUP_BY_KEYS as readonly string[]).includes(value);
}

interface GroupIdentity {
  id: string;
  value: string;
  /** Orders the groups; text is collated. */
  rank: string | number;
  /** The group of closed sales, when grouped by stage. */
  closed?: ClosedStatus;
}

/** A stage rank as text that sorts like the number: the probability, 3 decimals, zero-padded. */
const paddedRank = (order: number): string => String(Math.round(order * 1000)).padStart(9, '0');

/** The raw group ids of closed sales when grouped by stage: no stage id can equal a symbol. */
const CLOSED_GROUP_IDS: Readonly<Record<ClosedStatus, symbol>> = {
  sold: Symbol('sold'),
  lost: Symbol('lost'),
};

function refIdentity(value: unknown): GroupIdentity | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { id, name } = value as { id?: unknown; name?: unknown };
  const label = typeof name === 'string' && name.trim() !== '' ? name : undefined;
  const key =
    (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))
      ? String(id)
      : label;
  if (key === undefined) return undefined;
  return { id: key, value: label ?? key, rank: label ?? key };
}

/** Which group a sale belongs to, or undefined for the "none" group. */
function identityOf(sale: Sale, groupBy: Exclude<GroupBy, 'none'>): GroupIdentity | undefined {
  if (!sale || typeof sale !== 'object') return undefined;
  switch (groupBy) {
    case 'stage': {
      const closed = closedStatusOf(sale);
      if (closed) return { id: closed, value: closed, rank: paddedRank(CLOSED_STAGE_RANK[closed]), closed };
      const stage = refIdentity(sale.stage);
      if (!stage) return undefined;
      const probability = (sale.stage as { probability?: unknown }).probability;
      // Stages run by probability; the name breaks ties (the rank is compared as text, padded).
      const order = typeof probability === 'number' && Number.isFinite(probability) ? probability : 999;
      return { ...stage, rank: `${paddedRank(order)} ${stage.rank}` };
    }
    case 'status': {
      const index = (SALE_STATUSES as readonly unknown[]).indexOf(sale.status);
      return index < 0 ? undefined : { id: sale.status, value: sale.status, rank: index };
    }
    case 'month': {
      const month = toIsoDay(sale.saleDate)?.slice(0, 7);
      return month ? { id: month, value: month, rank: month } : undefined;
    }
    default:
      return refIdentity(sale[groupBy]);
  }
}

/**
 * Which group a sale belongs to, as cheaply as possible: it runs once per sale. A reference's id is
 * returned as given (7 and "7" are told apart here and joined by `groupSales`), `''` for none.
 */
function rawGroupIdOf(sale: Sale, groupBy: Exclude<GroupBy, 'none'>, months: Map<string, string>): unknown {
  if (!sale || typeof sale !== 'object') return '';
  if (groupBy === 'status') return statusIndex(sale.status) < 0 ? '' : sale.status;
  if (groupBy === 'stage') {
    const closed = closedStatusOf(sale);
    if (closed) return CLOSED_GROUP_IDS[closed];
  }
  if (groupBy === 'month') {
    // Sales share few dates: parse each date text once per grouping.
    const date: unknown = sale.saleDate;
    if (typeof date !== 'string') return identityOf(sale, 'month')?.id ?? '';
    let month = months.get(date);
    if (month === undefined) {
      month = identityOf(sale, 'month')?.id ?? '';
      months.set(date, month);
    }
    return month;
  }
  const ref = sale[groupBy] as { id?: unknown; name?: unknown } | undefined;
  if (!ref || typeof ref !== 'object') return '';
  const { id, name } = ref;
  if ((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))) return id;
  return typeof name === 'string' && name.trim() !== '' ? name : '';
}

const statusIndex = (status: unknown): number => (SALE_STATUSES as readonly unknown[]).indexOf(status);

/**
 * The sales in groups. `none` gives one group of all sales (key `all`). Never throws: entries
 * that are not objects land in the "none" group.
 *
 * `order` (positions into `sales`, such as `saleOrder` gives) is the order the groups list their
 * sales in; without it, the order given. Each sale is read once, in the order given, for its group
 * and sums: a sorted order would scatter those reads over memory, which costs more than the sort.
 */
export function groupSales<T extends Sale>(
  sales: readonly T[],
  groupBy: GroupBy | string | undefined,
  locale: string,
  order?: ArrayLike<number>,
): SaleGroup<T>[] {
  const count = sales.length;
  if (!isGroupBy(groupBy) || groupBy === 'none') {
    const all = order ? Array.from(order, (index) => sales[index]!) : [...sales];
    return [{ key: 'all', value: undefined, sales: all, count, sums: totalsOf(sales).sums }];
  }
  type Bucket = {
    id: string | symbol;
    identity: GroupIdentity | undefined;
    /** Its place in `buckets`. */
    ordinal: number;
    sales: T[];
    totals: TotalsAccumulator;
  };
  // Groups by their id as text (the closed groups by their symbol); `byRaw` finds them by the id as
  // given, without making text per sale.
  const groups = new Map<string | symbol, Bucket>();
  const byRaw = new Map<unknown, Bucket>();
  const buckets: Bucket[] = [];
  // Each sale's bucket, by its position in `sales`: numbers, which cost no write barrier per sale.
  const member = new Uint32Array(count);
  const months = new Map<string, string>();
  for (let index = 0; index < count; index++) {
    const sale = sales[index]!;
    const raw = rawGroupIdOf(sale, groupBy, months);
    let group = byRaw.get(raw);
    if (!group) {
      const id = typeof raw === 'symbol' ? raw : String(raw);
      group = groups.get(id);
      if (!group) {
        group = {
          id,
          identity: undefined,
          ordinal: buckets.length,
          sales: [],
          totals: new TotalsAccumulator(),
        };
        groups.set(id, group);
        buckets.push(group);
      }
      byRaw.set(raw, group);
    }
    member[index] = group.ordinal;
    group.totals.add(sale);
  }
  // Only references move here: no sale is read again. The groups as they first appear in the order
  // shown, which orders groups of equal rank.
  const shown: Bucket[] = [];
  for (let place = 0; place < count; place++) {
    const index = order ? order[place]! : place;
    const bucket = buckets[member[index]!]!;
    if (bucket.sales.length === 0) shown.push(bucket);
    bucket.sales.push(sales[index]!);
  }
  // Only the first sale of each group, in the order shown, pays for its identity (name, rank).
  for (const bucket of shown) bucket.identity = identityOf(bucket.sales[0]!, groupBy);
  const collator = collatorFor(locale);
  return shown
    .sort((a, b) => {
      if (!a.identity || !b.identity) return a.identity ? -1 : 1;
      const [x, y] = [a.identity.rank, b.identity.rank];
      return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    })
    .map((group) => {
      const closed = group.identity?.closed;
      const result: SaleGroup<T> = {
        key: closed ? `closed:${closed}` : `${groupBy}:${String(group.id)}`,
        value: group.identity?.value,
        sales: group.sales,
        count: group.sales.length,
        sums: group.totals.sumsSoFar(),
      };
      if (closed) result.closed = closed;
      return result;
    });
}
