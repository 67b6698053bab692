import { expect } from '@open-wc/testing';
import { isCompleted, isSaleStatus } from '../../src/model/status.js';
import { SALE_STATUSES } from '../../src/model/types.js';

describe('status', () => {
  it('knows the four statuses, in database order', () => {
    expect(SALE_STATUSES).to.deep.equal(['open', 'sold', 'lost', 'stalled']);
    for (const status of SALE_STATUSES) expect(isSaleStatus(status)).to.be.true;
  });

  it('refuses anything else', () => {
    for (const value of ['Open', 'won', '', 1, null, undefined, {}, ['open']]) {
      expect(isSaleStatus(value), String(value)).to.be.false;
    }
  });

  it('counts sold and lost as completed, open and stalled not', () => {
    expect(isCompleted({ status: 'sold' })).to.be.true;
    expect(isCompleted({ status: 'lost' })).to.be.true;
    expect(isCompleted({ status: 'open' })).to.be.false;
    expect(isCompleted({ status: 'stalled' })).to.be.false;
  });
});
