import { expect } from '@open-wc/testing';
import { chooseStageKeepingDate, type ClosingDate } from '../../src/model/closing-date.js';
import type { Sale, Stage } from '../../src/model/types.js';

const TODAY = '2025-05-15';
const STAGES: Stage[] = [
  { id: 1, name: 'Lead', probability: 10 },
  { id: 2, name: 'Offer', probability: 60 },
];
const OPEN: Sale = { id: 1, title: 'Open', status: 'open', stage: STAGES[0], saleDate: '2025-06-30' };

function pick(sale: Sale, choice: string, remembered?: ClosingDate) {
  return chooseStageKeepingDate(sale, choice, STAGES, TODAY, remembered);
}

describe('chooseStageKeepingDate', () => {
  it('dates a sale closed as sold or lost today', () => {
    expect(pick(OPEN, 'sold').sale.saleDate).to.equal(TODAY);
    expect(pick(OPEN, 'lost').sale.saleDate).to.equal(TODAY);
  });

  it('gives back the date from before closing when the sale opens again', () => {
    const closed = pick(OPEN, 'sold');
    const reopened = pick(closed.sale, 'stage:2', closed.remembered);
    expect(reopened.sale.saleDate).to.equal('2025-06-30');
    expect(reopened.sale.status).to.equal('open');
    expect(reopened.remembered).to.equal(undefined);
  });

  it('gives back no date to a sale that had none', () => {
    const { saleDate, ...undated } = OPEN;
    expect(saleDate).to.equal('2025-06-30');
    const closed = pick(undated, 'lost');
    expect(pick(closed.sale, 'stage:1', closed.remembered).sale).not.to.have.property('saleDate');
  });

  it('remembers across Sold to Lost', () => {
    const sold = pick(OPEN, 'sold');
    const lost = pick(sold.sale, 'lost', sold.remembered);
    expect(pick(lost.sale, 'stage:1', lost.remembered).sale.saleDate).to.equal('2025-06-30');
  });

  it('keeps a date the user set while the sale was closed', () => {
    const closed = pick(OPEN, 'sold');
    const redated = { ...closed.sale, saleDate: '2025-05-20' };
    expect(pick(redated, 'stage:1', closed.remembered).sale.saleDate).to.equal('2025-05-20');
  });

  it('keeps the date of a sale that was closed when editing began', () => {
    const sold: Sale = { ...OPEN, status: 'sold', saleDate: '2025-04-01' };
    expect(pick(sold, 'stage:1').sale.saleDate).to.equal('2025-04-01');
  });
});
