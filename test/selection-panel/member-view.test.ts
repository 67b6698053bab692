import { expect } from '@open-wc/testing';
import { MemberRows, MemberView, MemberViewCache } from '../../src/elements/selection-panel/member-view.js';
import type { DataWarning } from '../../src/model/types.js';

const members = [
  { id: 1, title: 'Fleet tracking', company: 'Bergen Bil AS', status: 'open' },
  { id: 2, title: 'Office move', status: 'sold', done: true },
  null,
  { id: '4', title: 'Cloud backup', company: { id: 9, name: 'Ålesund Data' }, status: 'lost', done: true },
  { id: 5, title: 'Security audit', status: 'open', saleDate: '2025-01-31' },
];

describe('selection-panel member view (no DOM)', () => {
  describe('MemberView', () => {
    it('shows every entry in place when nothing filters', () => {
      const view = new MemberView(members);
      expect(view.filtered).to.equal(false);
      expect(view.count).to.equal(5);
      expect(view.items).to.equal(members);
      expect(view.indexAt(2)).to.equal(2);
      expect(view.indexAt(5)).to.equal(undefined);
      expect(view.indexAt(-1)).to.equal(undefined);
      expect(view.indexAt(1.5)).to.equal(undefined);
      expect(view.positionOf(4)).to.equal(4);
      expect(view.positionOf(9)).to.equal(-1);
      expect(view.positionOf(-1)).to.equal(-1);
    });

    it('maps positions and indices through a search and "skip completed"', () => {
      const skipped = new MemberView(members, { skipCompleted: true });
      expect(skipped.filtered).to.equal(true);
      expect(skipped.items).to.deep.equal([0, 4]);
      expect(skipped.count).to.equal(2);
      expect(skipped.indexAt(1)).to.equal(4);
      expect(skipped.indexAt(2)).to.equal(undefined);
      expect(skipped.positionOf(4)).to.equal(1);
      expect(skipped.positionOf(1)).to.equal(-1);
      const searched = new MemberView(members, { search: 'ÅLESUND', locale: 'nb-NO' });
      expect(searched.items).to.deep.equal([3]);
    });

    it('gives neighbours for Previous and Next, skipping entries without an id and hidden members', () => {
      const view = new MemberView(members);
      expect(view.neighbour(1, 'next')).to.equal('4');
      expect(view.neighbour(3, 'previous')).to.equal(2);
      expect(view.neighbour(-1, 'next')).to.equal(1);
      expect(view.neighbour(-1, 'previous')).to.equal(5);
      expect(view.neighbour(4, 'next')).to.equal(undefined);
      const skipped = new MemberView(members, { skipCompleted: true });
      // From a member that is itself hidden.
      expect(skipped.neighbour(1, 'next')).to.equal(5);
      expect(skipped.neighbour(1, 'previous')).to.equal(1);
      expect(skipped.idAt(2)).to.equal(undefined);
    });
  });

  describe('MemberViewCache', () => {
    it('keeps a view while its inputs are the same, and rebuilds it when one changes', () => {
      const cache = new MemberViewCache();
      const first = cache.viewOf({ list: members, search: '', skipCompleted: false });
      expect(cache.viewOf({ list: members, search: '', skipCompleted: false })).to.equal(first);
      expect(cache.viewOf({ list: members, search: 'fleet', skipCompleted: false })).not.to.equal(first);
      expect(cache.viewOf({ list: [...members], search: 'fleet', skipCompleted: false }).count).to.equal(1);
    });

    it('finds the selected member by id, as text or number', () => {
      const cache = new MemberViewCache();
      expect(cache.selectedIndexOf(members, 4)).to.equal(3);
      expect(cache.selectedIndexOf(members, '5')).to.equal(4);
      expect(cache.selectedIndexOf(members, undefined)).to.equal(-1);
      expect(cache.selectedIndexOf([], 5)).to.equal(-1);
    });
  });

  describe('MemberRows', () => {
    it('normalizes each member once and reports its problems once', () => {
      const reported: DataWarning[][] = [];
      const rows = new MemberRows((warnings) => reported.push([...warnings]));
      const list = [{ id: 1, title: 'Dated', saleDate: 'soon' }, 42];
      const first = rows.rowOf(list, 0, '2025-06-15');
      expect(first.member?.title).to.equal('Dated');
      expect(rows.rowOf(list, 0, '2025-06-15')).to.equal(first);
      const placeholder = rows.rowOf(list, 1, '2025-06-15');
      expect(placeholder.member).to.equal(undefined);
      rows.rowOf(list, 1, '2025-06-15');
      expect(reported.map((batch) => batch.map((warning) => warning.field))).to.deep.equal([
        ['members[0].saleDate'],
        ['members[1]'],
      ]);
      expect(reported[1]![0]!.message).to.match(/shown as a placeholder$/);
    });

    it('judges overdue against the today it is given', () => {
      const rows = new MemberRows(() => {});
      expect(rows.rowOf(members, 4, '2025-01-01').overdue).to.equal(false);
      expect(rows.rowOf(members, 4, '2025-06-15').overdue).to.equal(true);
      expect(rows.rowOf(members, 2, '2025-06-15').overdue).to.equal(false);
    });
  });
});
