import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  SALE_COLUMNS,
  collatorFor,
  compareSortKeys,
  nextActivityDay,
  saleSortValue,
  sortBy,
  sortSales,
} from '../../src/model/sort.js';
import { CLOSED_STAGE_RANK } from '../../src/model/stage-label.js';
import type { Sale } from '../../src/model/types.js';

const sale = (fields: Partial<Sale> & { id: number }): Sale => ({
  title: `Sale ${fields.id}`,
  status: 'open',
  ...fields,
});

describe('sortBy', () => {
  it('collates text in the given language: å after z in Norwegian, not in English', () => {
    const names = ['Åsane', 'Zeta', 'Alfa'];
    expect(sortBy(names, (name) => name, 'asc', 'nb')).to.deep.equal(['Alfa', 'Zeta', 'Åsane']);
    expect(sortBy(names, (name) => name, 'asc', 'en')).to.deep.equal(['Alfa', 'Åsane', 'Zeta']);
  });

  it('sorts numbers inside text by value and numbers before text', () => {
    expect(sortBy(['Sale 10', 'Sale 2', 5], (value) => value, 'asc', 'en')).to.deep.equal([
      5,
      'Sale 2',
      'Sale 10',
    ]);
  });

  it('puts missing, blank and non-finite keys last in both directions', () => {
    const values = [undefined, 3, '', 1, Number.NaN, null, 2];
    expect(sortBy(values, (value) => value, 'asc', 'en').slice(0, 3)).to.deep.equal([1, 2, 3]);
    expect(sortBy(values, (value) => value, 'desc', 'en').slice(0, 3)).to.deep.equal([3, 2, 1]);
  });

  it('falls back to English for a malformed locale and caches collators', () => {
    expect(collatorFor('not a locale!')).to.equal(collatorFor('not a locale!'));
    expect(sortBy(['b', 'a'], (v) => v, 'asc', 'not a locale!')).to.deep.equal(['a', 'b']);
  });

  it('compares keys: missing last, numbers first', () => {
    const collator = collatorFor('en');
    expect(compareSortKeys(undefined, undefined, collator)).to.equal(0);
    expect(compareSortKeys(undefined, 1, collator)).to.equal(1);
    expect(compareSortKeys(1, undefined, collator)).to.equal(-1);
    expect(compareSortKeys('a', 1, collator)).to.equal(1);
  });

  it('is stable, ordered, and a permutation (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }))
          .map((keys) => keys.map((key, id) => ({ key, id }))),
        fc.constantFrom('asc' as const, 'desc' as const),
        (items, order) => {
          const sorted = sortBy(items, (item) => item.key, order, 'en');
          expect(sorted).to.have.length(items.length);
          expect([...sorted].sort((a, b) => a.id - b.id)).to.deep.equal(
            [...items].sort((a, b) => a.id - b.id),
          );
          for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sorted[i - 1]!, sorted[i]!];
            if (b.key === undefined) continue;
            expect(a.key).to.not.equal(undefined);
            if (a.key === b.key) expect(items.indexOf(a)).to.be.below(items.indexOf(b));
            else expect(order === 'asc' ? a.key! < b.key : a.key! > b.key).to.be.true;
          }
        },
      ),
    );
  });
});

describe('sortBy with number keys (the typed-array paths)', () => {
  /** The plain comparison sort sortBy did before: stable, missing keys last. */
  const reference = <T>(items: readonly T[], key: (item: T) => number | undefined, order: 'asc' | 'desc') =>
    items
      .map((item, index) => ({ item, index, key: key(item) }))
      .sort((a, b) => {
        if (a.key === undefined || b.key === undefined)
          return (a.key === undefined ? 1 : 0) - (b.key === undefined ? 1 : 0) || a.index - b.index;
        return (order === 'desc' ? b.key - a.key : a.key - b.key) || a.index - b.index;
      })
      .map((entry) => entry.item);

  it('orders integers, decimals, huge spans and missing keys like a stable comparison sort (property)', () => {
    const key = fc.oneof(
      fc.integer({ min: -50, max: 50 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.5),
    );
    fc.assert(
      fc.property(
        fc.array(fc.option(key, { nil: undefined })).map((keys) => keys.map((value, id) => ({ value, id }))),
        fc.constantFrom('asc' as const, 'desc' as const),
        (items, order) => {
          const sorted = sortBy(items, (item) => item.value, order, 'en');
          const expected = reference(
            items,
            (item) => (item.value === undefined || !Number.isFinite(item.value) ? undefined : item.value),
            order,
          );
          expect(sorted.map((item) => item.id)).to.deep.equal(expected.map((item) => item.id));
        },
      ),
    );
  });

  it('orders integer keys in a narrow span (counted) and a wide one (packed) like a stable comparison sort (property)', () => {
    const span = fc.constantFrom(10, 5_000, 2_000_000);
    fc.assert(
      fc.property(
        span.chain((width) =>
          fc.array(fc.option(fc.integer({ min: -width, max: width }), { nil: undefined }), {
            maxLength: 300,
          }),
        ),
        fc.constantFrom('asc' as const, 'desc' as const),
        (keys, order) => {
          const items = keys.map((value, id) => ({ value, id }));
          const sorted = sortBy(items, (item) => item.value, order, 'en');
          const expected = reference(items, (item) => item.value, order);
          expect(sorted.map((item) => item.id)).to.deep.equal(expected.map((item) => item.id));
        },
      ),
    );
  });

  it('sorts 100,000 dates stably in both directions', () => {
    const items = Array.from({ length: 100_000 }, (_, id) => ({
      id,
      day: id % 7 === 0 ? undefined : `2025-0${1 + (id % 9)}-${String(1 + (id % 28)).padStart(2, '0')}`,
    }));
    // Dates as YYYYMMDD numbers, as saleSortValue reads them: the packed-integer path.
    const dayNumber = (item: { day: string | undefined }) =>
      item.day ? Number(item.day.replaceAll('-', '')) : undefined;
    for (const order of ['asc', 'desc'] as const) {
      const sorted = sortBy(items, dayNumber, order, 'en');
      const expected = reference(items, dayNumber, order);
      expect(sorted.map((item) => item.id)).to.deep.equal(expected.map((item) => item.id));
    }
  });
});

describe('saleSortValue / sortSales', () => {
  const full: Sale = sale({
    id: 1,
    number: '1001',
    status: 'sold',
    saleDate: '2025-05-01T10:00:00Z',
    reopenDate: '2025-07-01',
    amount: 1000,
    cost: 600,
    probability: 50,
    currency: 'NOK',
    stage: { id: 2, name: 'Offer', probability: 50 },
    company: { id: 1, name: 'Acme' },
    person: { id: 2, name: 'Kari' },
    owner: { id: 3, name: 'Ola' },
    saleType: { id: 4, name: 'New' },
    source: { id: 5, name: 'Web' },
    competitor: { id: 6, name: 'Rival' },
    nextActivity: { id: 7, title: 'Call', date: '2025-04-01' },
  });

  it('reads every column', () => {
    const expected: Record<string, unknown> = {
      status: 1,
      saleDate: 20250501,
      amount: 1000,
      stage: CLOSED_STAGE_RANK.sold, // a sold sale's Stage shows Sold, after every open stage
      nextActivity: 20250401,
      title: 'Sale 1',
      person: 'Kari',
      company: 'Acme',
      owner: 'Ola',
      weightedAmount: 500,
      profit: 400,
      profitPercent: 40,
      probability: 50,
      saleType: 'New',
      source: 'Web',
      competitor: 'Rival',
      currency: 'NOK',
      reopenDate: 20250701,
      number: '1001',
    };
    for (const column of SALE_COLUMNS) expect(saleSortValue(full, column), column).to.equal(expected[column]);
    expect(saleSortValue(full, 'nonsense')).to.equal(undefined);
  });

  it('reads bad host data as missing', () => {
    const bad = { id: 1, title: 7, status: 'won', stage: 'x', owner: 3, amount: '12' } as unknown as Sale;
    expect(saleSortValue(bad, 'status')).to.equal(undefined);
    expect(saleSortValue(bad, 'stage')).to.equal(undefined);
    expect(saleSortValue(bad, 'owner')).to.equal(undefined);
    expect(saleSortValue(bad, 'amount')).to.equal(undefined);
    expect(saleSortValue(bad, 'title')).to.equal(7);
    expect(saleSortValue(null as unknown as Sale, 'title')).to.equal(undefined);
    expect(saleSortValue(sale({ id: 2, stage: { id: 1, name: 'Lead' } as never }), 'stage')).to.equal('Lead');
  });

  it('uses the re-open date as the next activity of a stalled sale', () => {
    expect(nextActivityDay(sale({ id: 1, status: 'stalled', reopenDate: '2025-08-01' }))).to.equal(
      '2025-08-01',
    );
    expect(nextActivityDay(sale({ id: 1 }))).to.equal(undefined);
  });

  it('sorts sales by a column and keeps the order for an unknown column', () => {
    const sales = [sale({ id: 1, amount: 5 }), sale({ id: 2 }), sale({ id: 3, amount: 9 })];
    expect(sortSales(sales, 'amount', 'desc', 'en').map((s) => s.id)).to.deep.equal([3, 1, 2]);
    expect(sortSales(sales, 'nope', 'asc', 'en').map((s) => s.id)).to.deep.equal([1, 2, 3]);
  });

  it('sorts money columns within a currency: codes A to Z, amounts in the chosen direction, no amount last', () => {
    const sales = [
      sale({ id: 1, amount: 500, currency: 'NOK' }),
      sale({ id: 2, amount: 100, currency: 'EUR' }),
      sale({ id: 3, amount: 50, currency: 'nok' }),
      sale({ id: 4, currency: 'EUR' }),
      sale({ id: 5, amount: 900, currency: 'EUR' }),
      sale({ id: 6, amount: 70 }),
    ];
    const ids = (column: string, order: 'asc' | 'desc') =>
      sortSales(sales, column, order, 'en').map((s) => s.id);
    expect(ids('amount', 'asc')).to.deep.equal([2, 5, 3, 1, 6, 4]);
    expect(ids('amount', 'desc')).to.deep.equal([5, 2, 1, 3, 6, 4]);
    const withProbability = sales.map((s) => ({ ...s, probability: 50 }));
    expect(sortSales(withProbability, 'weightedAmount', 'desc', 'en').map((s) => s.id)).to.deep.equal([
      5, 2, 1, 3, 6, 4,
    ]);
    // Not money: one order across currencies.
    expect(sortSales(sales, 'title', 'asc', 'en').map((s) => s.id)).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('sorts a one-currency list by amount alone, as before', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: undefined })), (amounts) => {
        const sales = amounts.map((amount, index) => sale({ id: index, amount, currency: 'NOK' }));
        const byAmount = sortBy(sales, (s) => s.amount, 'asc', 'en');
        expect(sortSales(sales, 'amount', 'asc', 'en')).to.deep.equal(byAmount);
      }),
    );
  });
});
