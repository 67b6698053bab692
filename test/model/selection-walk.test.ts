import { expect } from '@open-wc/testing';
import { firstShownId, SelectionWalk } from '../../src/model/selection-walk.js';

const members = [
  { id: 1, title: 'Fleet', status: 'open' },
  { id: 2, title: 'Support', status: 'sold', done: false },
  { id: 3, title: 'Scanners', status: 'open' },
  { id: 4, title: 'Audit', status: 'lost' },
  { id: 5, title: 'Office move', status: 'stalled' },
  { id: 6, title: 'Training', status: 'open' },
];

describe('SelectionWalk', () => {
  it('places the open sale among every member when nothing filters', () => {
    const walk = new SelectionWalk();
    expect(walk.stepOf(members, 3)).to.deep.equal({ position: { index: 2, total: 6 }, previous: 2, next: 4 });
    expect(walk.stepOf(members, 1)).to.deep.equal({
      position: { index: 0, total: 6 },
      previous: undefined,
      next: 2,
    });
    expect(walk.stepOf(members, '6')).to.deep.equal({
      position: { index: 5, total: 6 },
      previous: 5,
      next: undefined,
    });
  });

  it('counts only the shown members with "Skip completed sales": sold and lost are skipped', () => {
    const walk = new SelectionWalk();
    // "2 of 5" with one completed member before it would have been "3 of 6".
    expect(walk.stepOf(members, 3, { skipCompleted: true })).to.deep.equal({
      position: { index: 1, total: 4 },
      previous: 1,
      next: 5,
    });
  });

  it('has no neighbours when a search leaves the open sale alone', () => {
    const step = new SelectionWalk().stepOf(members, 5, { search: 'office' });
    expect(step).to.deep.equal({ position: { index: 0, total: 1 }, previous: undefined, next: undefined });
  });

  it('gives no position, but still neighbours, for a sale that is not shown', () => {
    const step = new SelectionWalk().stepOf(members, 2, { skipCompleted: true });
    expect(step).to.deep.equal({ previous: 1, next: 3 });
    expect(new SelectionWalk().stepOf(members, 99)).to.deep.equal({ previous: 6, next: 1 });
  });

  it('finds the first shown member', () => {
    expect(firstShownId(members)).to.equal(1);
    expect(firstShownId(members, { search: 'audit' })).to.equal(4);
    expect(firstShownId(members, { search: 'nothing like it' })).to.equal(undefined);
    expect(firstShownId([null, { id: 'x' }])).to.equal('x');
  });
});
