import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { filterSales, isFilterEmpty, matchesFilter, normalizeFilter } from '../../src/model/filter.js';
import type { Sale } from '../../src/model/types.js';

const sales: Sale[] = [
  {
    id: 1,
    title: 'Fleet tracking',
    status: 'open',
    saleDate: '2025-03-01',
    owner: { id: 7, name: 'Kari' },
    company: { id: 1, name: 'Fjordline AS' },
  },
  {
    id: 2,
    title: 'Support',
    number: 'S-22',
    status: 'sold',
    saleDate: '2025-06-15',
    owner: { id: '8', name: 'Ola' },
  },
  {
    id: 3,
    title: 'Scanners',
    status: 'lost',
    person: { id: 4, name: 'Åse Berg' },
    stage: { id: 1, name: 'Offer', probability: 50 },
  },
  { id: 4, title: 'Move', status: 'stalled', saleDate: 'not a date' },
];
const ids = (list: readonly Sale[]) => list.map((s) => s.id);

describe('filterSales', () => {
  it('returns the same array for an empty filter', () => {
    expect(filterSales(sales, undefined)).to.equal(sales);
    expect(filterSales(sales, { text: '  ', status: [], owners: [] })).to.equal(sales);
    expect(isFilterEmpty({})).to.be.true;
    expect(isFilterEmpty({ text: 'x' })).to.be.false;
  });

  it('finds every word in title, number, company, contact, owner or stage, in any case', () => {
    expect(ids(filterSales(sales, { text: 'FJORD track' }))).to.deep.equal([1]);
    expect(ids(filterSales(sales, { text: 's-22' }))).to.deep.equal([2]);
    expect(ids(filterSales(sales, { text: 'åse' }))).to.deep.equal([3]);
    expect(ids(filterSales(sales, { text: 'offer' }))).to.deep.equal([3]);
    expect(ids(filterSales(sales, { text: 'ola' }))).to.deep.equal([2]);
  });

  it('keeps chosen statuses and owners (ids as text or numbers)', () => {
    expect(ids(filterSales(sales, { status: ['open', 'lost'] }))).to.deep.equal([1, 3]);
    expect(ids(filterSales(sales, { owners: ['7', 8] }))).to.deep.equal([1, 2]);
  });

  it('keeps sale dates inside the range, inclusive, and drops sales without a date', () => {
    expect(ids(filterSales(sales, { from: '2025-03-01' }))).to.deep.equal([1, 2]);
    expect(ids(filterSales(sales, { to: '2025-03-01' }))).to.deep.equal([1]);
    expect(ids(filterSales(sales, { from: '2025-03-02', to: '2025-06-15' }))).to.deep.equal([2]);
  });

  it('cleans bad filters instead of throwing', () => {
    expect(normalizeFilter(null)).to.deep.equal({});
    expect(
      normalizeFilter({
        text: 5,
        status: ['open', 'won', 'open'],
        owners: [null, '', 3, Number.NaN],
        from: 'x',
        to: '2025-01-01',
      }),
    ).to.deep.equal({ status: ['open'], owners: [3], to: '2025-01-01' });
    expect(normalizeFilter({ status: 'open', owners: 'x' })).to.deep.equal({});
    expect(matchesFilter(null as unknown as Sale, {})).to.be.false;
    expect(ids(filterSales([...sales, 'junk' as unknown as Sale], { text: 'e' }))).to.deep.equal([1, 3, 4]);
    expect(
      ids(
        filterSales([{ id: 9, title: 'x', status: 'open', owner: 'x' } as unknown as Sale], { owners: [1] }),
      ),
    ).to.deep.equal([]);
  });

  it('returns a subsequence of the sales, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(['open', 'sold', 'lost', 'stalled'] as const),
        fc.string({ maxLength: 3 }),
        (status, text) => {
          const result = filterSales(sales, { status: [...status], text });
          let last = -1;
          for (const sale of result) {
            const index = sales.indexOf(sale);
            expect(index).to.be.above(last);
            last = index;
            if (status.length > 0) expect(status).to.include(sale.status);
          }
        },
      ),
    );
  });
});
