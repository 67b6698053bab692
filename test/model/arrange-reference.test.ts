// The sales list's fast path (sort once as positions, group in the host's order, place each group's
// sales in the sorted order) against a straightforward reference (a comparison sort of the sales,
// then grouping the sorted array) on random data with ties, missing and malformed values: the same
// order, the same groups and the same sums, for every column, direction and grouping.
import { expect } from '@open-wc/testing';
import { arranger, GroupRow, type Arranged } from '../../src/elements/sale-list/list-model.js';
import { GROUP_BY_KEYS, groupSales, type GroupBy, type SaleGroup } from '../../src/model/group.js';
import { SALE_COLUMNS, collatorFor, saleSortValue, sortSales, type SortOrder } from '../../src/model/sort.js';
import { totalsOf, type CurrencySum } from '../../src/model/totals.js';
import type { Sale } from '../../src/model/types.js';

/** A small seeded generator (mulberry32): the same sales on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STAGES: unknown[] = [
  { id: 1, name: 'Lead', probability: 10 },
  { id: 2, name: 'Qualified', probability: 25 },
  // The same probability as Qualified: a tie the name breaks when grouping, not when sorting.
  { id: 3, name: 'Demo', probability: 25 },
  { id: 4, name: 'Proposal', probability: 50.5 },
  { id: '4', name: 'Proposal (text id)', probability: 60 },
  { id: 5, name: 'No probability' },
  { name: 'Named only', probability: 70 },
  { id: 6, name: '', probability: 80 },
  undefined,
  'Lead',
];
const REFS: unknown[] = [
  { id: 1, name: 'Åse Berg' },
  { id: 2, name: 'Zeta' },
  { id: 3, name: 'alfa' },
  { id: 4, name: 'Alfa' },
  { id: 5, name: 'Sale 10' },
  { id: 6, name: 'Sale 2' },
  // The same name under another id, and an id as text.
  { id: 7, name: 'Zeta' },
  { id: '7', name: 'Zeta (text id)' },
  { id: 8, name: '  ' },
  { name: 'No id' },
  { id: 9 },
  undefined,
  null,
  42,
];
const TITLES: unknown[] = [
  'Sale 2',
  'Sale 10',
  'sale 2',
  'Øst',
  'Zeta',
  'Åse',
  '',
  '   ',
  undefined,
  42,
  7.5,
];
const STATUSES: unknown[] = ['open', 'open', 'sold', 'lost', 'stalled', 'won', undefined];
const CURRENCIES: unknown[] = ['NOK', 'NOK', 'NOK', 'EUR', 'nok', ' EUR ', 'SEK', '', undefined, 'XX', 42];

function randomSales(count: number, seed: number, currencies = CURRENCIES): Sale[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const chance = (share: number) => next() < share;
  const day = (wide: boolean): unknown => {
    if (chance(0.05))
      return pick([undefined, '', 'not a date', '2025-13-40', 20250601, '2025-06-03T10:00:00Z']);
    // Wide dates (a century) take the packed path of the number sort, narrow ones the counted path.
    const span = wide ? 36_500 : 90;
    const date = new Date(Date.UTC(2025, 5, 1) + Math.floor(next() * span - span / 2) * 86_400_000);
    return date.toISOString().slice(0, 10);
  };
  const wideDates = chance(0.5);
  const amount = (): unknown => {
    if (chance(0.08)) return pick([undefined, Number.NaN, Infinity, '1000', null, -0]);
    // Whole amounts (ties), cents, and negative amounts.
    if (chance(0.4)) return (Math.floor(next() * 20) - 2) * 500;
    return Math.round(next() * 10_000_000) / 100;
  };
  const sales: Sale[] = [];
  for (let index = 0; index < count; index++) {
    const status = pick(STATUSES);
    const fields: Record<string, unknown> = {
      id: chance(0.02) ? pick([undefined, `text-${index}`, 1]) : index + 1,
      title: pick(TITLES),
      number: chance(0.9) ? String(10_000 + Math.floor(next() * 500)) : pick([undefined, 17, '']),
      status,
      stage: pick(STAGES),
      amount: amount(),
      cost: chance(0.7) ? Math.round(next() * 50_000) : pick([undefined, 'x', Number.NaN]),
      probability: chance(0.85) ? pick([0, 10, 25, 50, 75, 100, 33.3]) : pick([undefined, Number.NaN, '50']),
      currency: pick(currencies),
      saleDate: day(wideDates),
      reopenDate: status === 'stalled' || chance(0.1) ? day(false) : undefined,
      nextActivity: chance(0.5)
        ? { id: index, title: 'Call', date: day(false) }
        : pick([undefined, null, {}]),
      owner: pick(REFS),
      company: pick(REFS),
      person: pick(REFS),
      saleType: pick(REFS),
      source: pick(REFS),
      competitor: pick(REFS),
    };
    sales.push(fields as unknown as Sale);
  }
  return sales;
}

type Key = string | number | undefined;

/** What the list sorts by: finite numbers and non-blank text; anything else is missing. */
function usable(value: unknown): Key {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return undefined;
}

const currencyCode = (sale: Sale): string =>
  typeof sale.currency === 'string' ? sale.currency.trim().toUpperCase() : '';

/**
 * The reference: one comparison sort, written out. Missing keys last in either direction, in their
 * order; money columns over several currencies by currency code first (A to Z, none last); numbers
 * before text, text collated; equal keys in their order.
 */
function referenceSort(sales: readonly Sale[], column: string, order: SortOrder, locale: string): Sale[] {
  if (!(SALE_COLUMNS as readonly string[]).includes(column)) return [...sales];
  const collator = collatorFor(locale);
  const sign = order === 'desc' ? -1 : 1;
  const entries = sales.map((sale, index) => ({
    sale,
    index,
    key: usable(saleSortValue(sale, column)),
    currency: currencyCode(sale),
  }));
  const byCurrency =
    ['amount', 'weightedAmount', 'profit'].includes(column) &&
    new Set(entries.map((entry) => entry.currency)).size > 1;
  const compareKeys = (a: string | number, b: string | number): number => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' ? -1 : 1;
    return collator.compare(a, b);
  };
  entries.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      return Number(a.key === undefined) - Number(b.key === undefined) || a.index - b.index;
    }
    if (byCurrency && a.currency !== b.currency) {
      if (a.currency === '' || b.currency === '') return a.currency === '' ? 1 : -1;
      return collator.compare(a.currency, b.currency);
    }
    return sign * compareKeys(a.key, b.key) || a.index - b.index;
  });
  return entries.map((entry) => entry.sale);
}

/** The groups without their sums, with their sales as positions in `sales`, for readable messages. */
function described(groups: readonly SaleGroup[], sales: readonly Sale[]) {
  const position = new Map(sales.map((sale, index) => [sale, index]));
  return groups.map(({ sales: members, sums: _sums, ...group }) => ({
    ...group,
    sales: members.map((sale) => position.get(sale)),
  }));
}

/** Sums to the cent, as the list shows them. */
const toCents = (sums: readonly CurrencySum[]) =>
  sums.map((sum) => ({
    ...sum,
    amount: sum.amount.toFixed(2),
    weightedAmount: sum.weightedAmount.toFixed(2),
  }));

function expectSameAsReference(
  arranged: Arranged,
  sales: readonly Sale[],
  sort: { column: string; direction: SortOrder } | undefined,
  groupBy: GroupBy,
  locale: string,
): void {
  const sorted = sort ? referenceSort(sales, sort.column, sort.direction, locale) : [...sales];
  const where = `${sort?.column ?? 'unsorted'} ${sort?.direction ?? ''} by ${groupBy}`;
  if (groupBy === 'none') {
    expect(arranged.groups, where).to.deep.equal([]);
    expect(arranged.sales, where).to.deep.equal(sorted);
    expect(arranged.items, where).to.equal(arranged.sales);
    return;
  }
  const groups = groupSales(sorted, groupBy, locale);
  expect(described(arranged.groups, sales), where).to.deep.equal(described(groups, sales));
  // Each group's sums are added up in the host's order, whatever the sort: exactly the sums of its
  // sales in that order, and to the cent what adding them up in the sorted order gives.
  const inHostOrder = new Map(sales.map((sale, index) => [sale, index]));
  arranged.groups.forEach((group, index) => {
    const members = [...group.sales].sort((a, b) => inHostOrder.get(a)! - inHostOrder.get(b)!);
    expect(group.sums, `${where}, ${group.key}`).to.deep.equal(totalsOf(members).sums);
    expect(toCents(group.sums), `${where}, ${group.key}`).to.deep.equal(toCents(groups[index]!.sums));
  });
  expect(arranged.sales, where).to.deep.equal(groups.flatMap((group) => group.sales));
  const items = groups.flatMap((group) => [`group:${group.key}`, ...group.sales]);
  expect(
    arranged.items.map((item) => (item instanceof GroupRow ? item.key : item)),
    where,
  ).to.deep.equal(items);
}

describe('the list arranged: fast path against a reference on random data', () => {
  const sales = randomSales(5_000, 18);
  const directions: SortOrder[] = ['asc', 'desc'];

  for (const groupBy of GROUP_BY_KEYS) {
    for (const direction of directions) {
      it(`every column ${direction}, grouped by ${groupBy}`, function () {
        // Thousands of reference sorts: slow on a busy machine.
        this.timeout(30_000);
        for (const column of SALE_COLUMNS) {
          const sort = { column, direction };
          expectSameAsReference(arranger()(sales, {}, sort, groupBy, 'en'), sales, sort, groupBy, 'en');
        }
        if (direction === 'asc') {
          expectSameAsReference(
            arranger()(sales, {}, undefined, groupBy, 'en'),
            sales,
            undefined,
            groupBy,
            'en',
          );
        }
      });
    }
  }

  it('in Norwegian (å after z), filtered, and with one currency (no currency pass)', function () {
    this.timeout(30_000);
    const oneCurrency = randomSales(5_000, 7, ['NOK']);
    const filter = { status: ['open' as const, 'sold' as const] };
    const kept = oneCurrency.filter((sale) => sale.status === 'open' || sale.status === 'sold');
    for (const groupBy of ['none', 'stage', 'owner', 'month'] as const) {
      for (const column of ['saleDate', 'amount', 'stage', 'title', 'company', 'weightedAmount']) {
        for (const direction of directions) {
          const sort = { column, direction };
          const arranged = arranger()(oneCurrency, filter, sort, groupBy, 'nb');
          expectSameAsReference(arranged, kept, sort, groupBy, 'nb');
        }
      }
    }
  });

  it('keeps sortSales as it was: the sales in the reference order', function () {
    this.timeout(30_000);
    for (const column of [...SALE_COLUMNS, 'unknown']) {
      for (const direction of directions) {
        expect(sortSales(sales, column, direction, 'en'), `${column} ${direction}`).to.deep.equal(
          referenceSort(sales, column, direction, 'en'),
        );
      }
    }
  });

  it('reuses each step while its inputs stay the same, and re-sorts only what changed', () => {
    const arrange = arranger();
    const sort = { column: 'saleDate', direction: 'asc' as const };
    const filter = {};
    const first = arrange(sales, filter, sort, 'stage', 'en');
    expect(arrange(sales, filter, sort, 'stage', 'en')).to.equal(first);
    const flat = arrange(sales, filter, sort, 'none', 'en');
    expect(arrange(sales, filter, sort, 'none', 'en')).to.equal(flat);
    // Back to the grouping: its step still holds the grouped result.
    expect(arrange(sales, filter, sort, 'stage', 'en')).to.equal(first);
    expect(arrange(sales, filter, { ...sort }, 'stage', 'en')).to.not.equal(first);
  });
});
