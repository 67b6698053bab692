import { expect } from '@open-wc/testing';
import { groupSales } from '../../src/model/group.js';
import { saleSortValue, sortSales } from '../../src/model/sort.js';
import { CLOSED_STAGE_RANK, closedStatusOf, stageRank, stageText } from '../../src/model/stage-label.js';
import type { Sale } from '../../src/model/types.js';

const PROPOSAL = { id: 2, name: 'Proposal', probability: 50 };
const LEAD = { id: 1, name: 'Lead', probability: 10 };
const sale = (fields: Partial<Sale>): Sale => ({ id: 1, title: 'S', status: 'open', ...fields });
const words = { sold: 'Sold', lost: 'Lost' } as const;
const word = (status: 'sold' | 'lost') => words[status];

describe('stage-label', () => {
  it('an open or stalled sale shows its stage name', () => {
    expect(stageText(sale({ stage: PROPOSAL }), word)).to.equal('Proposal');
    expect(stageText(sale({ status: 'stalled', stage: LEAD }), word)).to.equal('Lead');
    expect(stageRank(sale({ stage: PROPOSAL }))).to.equal(50);
    expect(closedStatusOf(sale({ status: 'stalled' }))).to.equal(undefined);
  });

  it('a sold or lost sale shows its status, whatever stage it had at closing', () => {
    expect(closedStatusOf(sale({ status: 'sold', stage: PROPOSAL }))).to.equal('sold');
    expect(stageText(sale({ status: 'sold', stage: PROPOSAL }), word)).to.equal('Sold');
    expect(stageText(sale({ status: 'lost' }), (status) => (status === 'lost' ? 'Tapt' : '?'))).to.equal(
      'Tapt',
    );
    expect(stageRank(sale({ status: 'sold', stage: PROPOSAL }))).to.equal(CLOSED_STAGE_RANK.sold);
    expect(stageRank(sale({ status: 'lost' }))).to.equal(CLOSED_STAGE_RANK.lost);
    expect(CLOSED_STAGE_RANK.sold).to.be.above(100).and.below(CLOSED_STAGE_RANK.lost);
  });

  it('shows nothing for a missing, nameless or malformed stage, and never throws on bad input', () => {
    expect(stageText(sale({}), word)).to.equal(undefined);
    expect(stageText(sale({ stage: { id: 3, name: '  ', probability: 5 } }), word)).to.equal(undefined);
    expect(stageRank(sale({ stage: { id: 3, name: 'X', probability: NaN } }))).to.equal(undefined);
    for (const bad of [null, undefined, 7, 'sold', { status: 'SOLD', stage: 'Lead' }, { stage: [] }]) {
      expect(stageText(bad as never, word), String(bad)).to.equal(undefined);
      expect(stageRank(bad as never)).to.equal(undefined);
    }
  });

  it('sorting by stage follows what is shown: open stages by probability, then Sold, then Lost', () => {
    const sales = [
      sale({ id: 'lost', status: 'lost', stage: LEAD }),
      sale({ id: 'sold', status: 'sold', stage: LEAD }),
      sale({ id: 'proposal', stage: PROPOSAL }),
      sale({ id: 'none' }),
      sale({ id: 'lead', status: 'stalled', stage: LEAD }),
    ];
    expect(sortSales(sales, 'stage', 'asc', 'en').map((s) => s.id)).to.deep.equal([
      'lead',
      'proposal',
      'sold',
      'lost',
      'none',
    ]);
    expect(sortSales(sales, 'stage', 'desc', 'en').map((s) => s.id)).to.deep.equal([
      'lost',
      'sold',
      'proposal',
      'lead',
      'none',
    ]);
    expect(saleSortValue(sales[1]!, 'stage')).to.equal(CLOSED_STAGE_RANK.sold);
  });

  it('grouping by stage puts closed sales in a Sold and a Lost group, after the open stages', () => {
    const sales = [
      sale({ id: 1, status: 'lost', stage: LEAD, amount: 5, currency: 'NOK' }),
      sale({ id: 2, status: 'sold', stage: PROPOSAL, amount: 7, currency: 'NOK' }),
      sale({ id: 3, stage: PROPOSAL }),
      sale({ id: 4, status: 'sold' }),
      sale({ id: 5 }),
      sale({ id: 6, stage: LEAD }),
    ];
    const groups = groupSales(sales, 'stage', 'en');
    expect(groups.map((g) => [g.key, g.value, g.closed, g.sales.map((s) => s.id)])).to.deep.equal([
      ['stage:1', 'Lead', undefined, [6]],
      ['stage:2', 'Proposal', undefined, [3]],
      ['closed:sold', 'sold', 'sold', [2, 4]],
      ['closed:lost', 'lost', 'lost', [1]],
      ['stage:', undefined, undefined, [5]],
    ]);
    expect(groups[2]!.sums).to.deep.equal([{ currency: 'NOK', amount: 7, weightedAmount: 0, count: 1 }]);
  });

  it('a stage whose id reads "sold" or "closed:sold" stays its own group', () => {
    const sales = [
      sale({ id: 1, stage: { id: 'sold', name: 'Sold?', probability: 90 } }),
      sale({ id: 2, stage: { id: 'closed:sold', name: 'Odd', probability: 95 } }),
      sale({ id: 3, status: 'sold' }),
    ];
    expect(groupSales(sales, 'stage', 'en').map((g) => [g.key, g.count])).to.deep.equal([
      ['stage:sold', 1],
      ['stage:closed:sold', 1],
      ['closed:sold', 1],
    ]);
  });
});
