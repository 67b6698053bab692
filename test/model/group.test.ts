import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { GROUP_BY_KEYS, groupSales, isGroupBy } from '../../src/model/group.js';
import type { Sale } from '../../src/model/types.js';

const sales: Sale[] = [
  {
    id: 1,
    title: 'a',
    status: 'open',
    stage: { id: 3, name: 'Offer', probability: 50 },
    owner: { id: 1, name: 'Ola' },
    amount: 100,
    currency: 'NOK',
    probability: 50,
    saleDate: '2025-06-03',
  },
  {
    id: 2,
    title: 'b',
    status: 'sold',
    stage: { id: 1, name: 'Lead', probability: 10 },
    owner: { id: 2, name: 'Åse' },
    amount: 10,
    currency: 'EUR',
    saleDate: '2025-05-30',
  },
  {
    id: 3,
    title: 'c',
    status: 'open',
    stage: { id: 3, name: 'Offer', probability: 50 },
    company: { id: 9, name: 'Zeta' },
    amount: 50,
    currency: 'NOK',
    probability: 10,
  },
  {
    id: 4,
    title: 'd',
    status: 'stalled',
    owner: { id: 3, name: 'Berit' },
    saleType: { id: 1, name: 'New' },
    saleDate: '2025-06-20',
  },
];

describe('groupSales', () => {
  it('groups by stage in pipeline order with counts and per-currency sums, "none" last', () => {
    const groups = groupSales(sales, 'stage', 'en');
    // The sold sale (closed at Lead) groups under Sold, as its Stage shows (stage-label.ts).
    expect(groups.map((g) => [g.key, g.value, g.count])).to.deep.equal([
      ['stage:3', 'Offer', 2],
      ['closed:sold', 'sold', 1],
      ['stage:', undefined, 1],
    ]);
    expect(groups[0]!.sums).to.deep.equal([{ currency: 'NOK', amount: 150, weightedAmount: 55, count: 2 }]);
    expect(groups[0]!.sales.map((s) => s.id)).to.deep.equal([1, 3]);
  });

  it('groups by status in status order and by month chronologically', () => {
    expect(groupSales(sales, 'status', 'en').map((g) => g.value)).to.deep.equal(['open', 'sold', 'stalled']);
    expect(groupSales(sales, 'month', 'en').map((g) => g.value)).to.deep.equal([
      '2025-05',
      '2025-06',
      undefined,
    ]);
  });

  it('groups by owner, company and sale type, names collated in the language', () => {
    expect(groupSales(sales, 'owner', 'nb').map((g) => g.value)).to.deep.equal([
      'Berit',
      'Ola',
      'Åse',
      undefined,
    ]);
    expect(groupSales(sales, 'owner', 'en').map((g) => g.value)).to.deep.equal([
      'Åse',
      'Berit',
      'Ola',
      undefined,
    ]);
    expect(groupSales(sales, 'company', 'en').map((g) => g.count)).to.deep.equal([1, 3]);
    expect(groupSales(sales, 'saleType', 'en').map((g) => g.value)).to.deep.equal(['New', undefined]);
  });

  it('gives one group for none or an unknown key, and survives bad entries', () => {
    expect(groupSales(sales, 'none', 'en')).to.have.length(1);
    expect(groupSales(sales, 'nope', 'en')[0]!.key).to.equal('all');
    expect(isGroupBy('stage')).to.be.true;
    expect(isGroupBy(3)).to.be.false;
    const bad = [
      null,
      { id: 5, title: 'x', status: 'won', stage: { name: 'Named only' } },
      { id: 6, title: 'y', status: 'open', stage: { id: '', name: '' }, owner: { id: 4 } },
    ] as unknown as Sale[];
    expect(groupSales(bad, 'stage', 'en').map((g) => g.value)).to.deep.equal(['Named only', undefined]);
    expect(groupSales(bad, 'status', 'en').map((g) => g.count)).to.deep.equal([1, 2]);
    expect(groupSales(bad, 'owner', 'en').map((g) => g.value)).to.deep.equal(['4', undefined]);
  });

  it('partitions the sales, keeping their order inside groups (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GROUP_BY_KEYS), fc.shuffledSubarray(sales), (key, list) => {
        const groups = groupSales(list, key, 'en');
        expect(groups.reduce((n, g) => n + g.count, 0)).to.equal(list.length);
        expect(new Set(groups.map((g) => g.key)).size).to.equal(groups.length);
        for (const group of groups) {
          const positions = group.sales.map((s) => list.indexOf(s));
          expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
        }
      }),
    );
  });
});
