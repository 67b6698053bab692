import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  adjacentMemberIndex,
  filterMembers,
  foldForSearch,
  indexOfMember,
  isCompletedMember,
  memberIdOf,
  memberSearchText,
  neighbourIndex,
  normalizeMember,
  positionOf,
  sameId,
  searchWords,
} from '../../src/model/members.js';
import type { DataWarning } from '../../src/model/types.js';

const fields = (warnings: DataWarning[]) => warnings.map((warning) => warning.field);

describe('model/members', () => {
  describe('memberIdOf and sameId', () => {
    it('reads the id of objects with a text or finite-number id', () => {
      expect(memberIdOf({ id: 7 })).to.equal(7);
      expect(memberIdOf({ id: 'a' })).to.equal('a');
      expect(memberIdOf({ id: ' ' })).to.equal(undefined);
      expect(memberIdOf({ id: NaN })).to.equal(undefined);
      expect(memberIdOf({})).to.equal(undefined);
      expect(memberIdOf(null)).to.equal(undefined);
      expect(memberIdOf(7)).to.equal(undefined);
      expect(memberIdOf([1])).to.equal(undefined);
    });

    it('survives getters that throw', () => {
      const hostile = Object.defineProperty({}, 'id', {
        get() {
          throw new Error('no');
        },
      });
      expect(memberIdOf(hostile)).to.equal(undefined);
    });

    it('matches ids as text or number, but never missing ids', () => {
      expect(sameId(1, 1)).to.equal(true);
      expect(sameId(1, '1')).to.equal(true);
      expect(sameId('1', 1)).to.equal(true);
      expect(sameId(1, 2)).to.equal(false);
      expect(sameId(undefined, undefined)).to.equal(false);
      expect(sameId(null, 'null')).to.equal(false);
      expect(sameId('', '')).to.equal(false);
    });
  });

  describe('normalizeMember', () => {
    it('reads a whole member', () => {
      const warnings: DataWarning[] = [];
      const member = normalizeMember(
        {
          id: 1,
          title: 'Fleet',
          status: 'sold',
          done: true,
          company: { id: 3, name: 'Fjordline AS' },
          amount: 1500,
          currency: 'nok',
          saleDate: '2025-06-01',
          reopenDate: '2025-07-01',
          nextActivity: { id: 9, title: 'Call', date: '2025-06-20' },
          activities: [{ id: 8, title: 'Meet', date: '2025-06-10' }],
          ignored: 'x',
        },
        'members[0]',
        warnings,
      );
      expect(warnings).to.deep.equal([]);
      expect(member).to.deep.equal({
        id: 1,
        title: 'Fleet',
        status: 'sold',
        done: true,
        company: 'Fjordline AS',
        amount: 1500,
        currency: 'NOK',
        saleDate: '2025-06-01',
        reopenDate: '2025-07-01',
        nextActivity: { id: 8, title: 'Meet', date: '2025-06-10' },
      });
    });

    it('reads a lean member with defaults and a company given as text', () => {
      const warnings: DataWarning[] = [];
      expect(normalizeMember({ id: 'a', title: 'Lean', company: 'Text AS' }, 'm', warnings)).to.deep.equal({
        id: 'a',
        title: 'Lean',
        status: 'open',
        done: false,
        company: 'Text AS',
      });
      expect(warnings).to.deep.equal([]);
    });

    it('accepts a company without an id', () => {
      expect(
        normalizeMember({ id: 1, title: 't', company: { name: 'No id AS' } }, 'm', [])!.company,
      ).to.equal('No id AS');
    });

    it('keeps what it can of a bad member and names each bad field', () => {
      const warnings: DataWarning[] = [];
      const member = normalizeMember(
        {
          id: 2,
          title: 5,
          status: 'won',
          done: 'yes',
          company: 7,
          amount: 'lots',
          currency: 'kroner',
          saleDate: 'soon',
          reopenDate: 3,
          activities: 'x',
        },
        'members[4]',
        warnings,
      );
      expect(member).to.deep.equal({ id: 2, title: '5', status: 'open', done: false });
      expect(fields(warnings)).to.deep.equal([
        'members[4].title',
        'members[4].status',
        'members[4].done',
        'members[4].company',
        'members[4].amount',
        'members[4].currency',
        'members[4].saleDate',
        'members[4].reopenDate',
        'members[4].activities',
      ]);
    });

    it('warns about a missing title and returns it empty', () => {
      const warnings: DataWarning[] = [];
      expect(normalizeMember({ id: 1 }, 'm', warnings)!.title).to.equal('');
      expect(fields(warnings)).to.deep.equal(['m.title']);
    });

    it('leaves out values that are no member', () => {
      const warnings: DataWarning[] = [];
      expect(normalizeMember(null, 'members[0]', warnings)).to.equal(undefined);
      expect(normalizeMember({ title: 'x' }, 'members[1]', warnings)).to.equal(undefined);
      expect(fields(warnings)).to.deep.equal(['members[0]', 'members[1].id']);
    });

    it('never throws, whatever it gets', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          normalizeMember(value, 'm', []);
          normalizeMember({ id: 1, ...(typeof value === 'object' ? value : { title: value }) }, 'm', []);
        }),
      );
    });
  });

  describe('isCompletedMember', () => {
    it('is true for sold or lost members (as isCompleted says), read leniently', () => {
      expect(isCompletedMember({ status: 'sold', done: true })).to.equal(true);
      expect(isCompletedMember({ status: 'LOST', done: true })).to.equal(true);
      expect(isCompletedMember({ status: 2, done: true })).to.equal(true);
      expect(isCompletedMember({ status: 'sold', done: false })).to.equal(true);
      expect(isCompletedMember({ status: 'lost' })).to.equal(true);
      expect(isCompletedMember({ status: 'open', done: true })).to.equal(false);
      expect(isCompletedMember({ status: 'stalled', done: true })).to.equal(false);
      expect(isCompletedMember(null)).to.equal(false);
    });
  });

  describe('search', () => {
    it('folds case by the locale and composes characters', () => {
      expect(foldForSearch('ÅLESUND', 'nb-NO')).to.equal('ålesund');
      expect(foldForSearch('A\u030aLESUND', 'nb-NO')).to.equal('ålesund');
      expect(foldForSearch('İSTANBUL', 'tr')).to.equal('istanbul');
      expect(foldForSearch('TITLE', 'not a locale!')).to.equal('title');
      expect(foldForSearch('TITLE')).to.equal('title');
    });

    it('splits the search into folded words', () => {
      expect(searchWords('  Fleet   TRUCKS ', 'en')).to.deep.equal(['fleet', 'trucks']);
      expect(searchWords('   ')).to.deep.equal([]);
      expect(searchWords(undefined)).to.deep.equal([]);
      expect(searchWords(5 as unknown as string)).to.deep.equal([]);
    });

    it('searches the title and the company name, cached per member', () => {
      const member = { id: 1, title: 'Fleet', company: { id: 1, name: 'Fjord AS' } };
      expect(memberSearchText(member, 'en')).to.equal('fleet\nfjord as');
      member.title = 'Changed';
      expect(memberSearchText(member, 'en')).to.equal('fleet\nfjord as');
      expect(memberSearchText({ title: 12, company: 'Text AS' }, 'en')).to.equal('12\ntext as');
      expect(memberSearchText({ title: NaN, company: null }, 'xx-invalid!')).to.equal('\n');
    });
  });

  describe('filterMembers', () => {
    const members = [
      { id: 1, title: 'Fleet tracking', company: { id: 1, name: 'Fjordline' }, status: 'open' },
      { id: 2, title: 'Support', company: { id: 2, name: 'Bergen Bygg' }, status: 'sold', done: true },
      null,
      { id: 3, title: 'Scanners', company: 'Nordlys', status: 'lost', done: false },
      { title: 'No id, not shown when filtering' },
      { id: 4, title: 'Office move', status: 'stalled' },
    ];

    it('returns null when nothing filters: every entry is shown in place', () => {
      expect(filterMembers(members)).to.equal(null);
      expect(filterMembers(members, { search: '  ' })).to.equal(null);
    });

    it('keeps members with an id whose title or company holds every word', () => {
      expect(filterMembers(members, { search: 'FJORD' })).to.deep.equal([0]);
      expect(filterMembers(members, { search: 'bergen support' })).to.deep.equal([1]);
      expect(filterMembers(members, { search: 'bergen fleet' })).to.deep.equal([]);
      expect(filterMembers(members, { search: 'o', locale: 'nb-NO' })).to.deep.equal([0, 1, 3, 5]);
    });

    it('skips completed members', () => {
      expect(filterMembers(members, { skipCompleted: true })).to.deep.equal([0, 5]);
      expect(filterMembers(members, { skipCompleted: true, search: 'o' })).to.deep.equal([0, 5]);
    });
  });

  describe('adjacentMemberIndex', () => {
    const members = [null, { id: 1 }, 5, { title: 'no id' }, { id: 2 }, null];

    it('steps over entries without an id', () => {
      expect(adjacentMemberIndex(members, 1, 'next')).to.equal(4);
      expect(adjacentMemberIndex(members, 4, 'previous')).to.equal(1);
      expect(adjacentMemberIndex(members, 4, 'next')).to.equal(undefined);
      expect(adjacentMemberIndex(members, 1, 'previous')).to.equal(undefined);
    });

    it('starts at an end when nothing is selected', () => {
      expect(adjacentMemberIndex(members, -1, 'next')).to.equal(1);
      expect(adjacentMemberIndex(members, -1, 'previous')).to.equal(4);
      expect(adjacentMemberIndex([], -1, 'next')).to.equal(undefined);
    });
  });

  describe('positionOf and neighbourIndex', () => {
    const shown = [2, 5, 9, 14];

    it('finds a member index among the shown ones', () => {
      expect(positionOf(shown, 9)).to.equal(2);
      expect(positionOf(shown, 2)).to.equal(0);
      expect(positionOf(shown, 14)).to.equal(3);
      expect(positionOf(shown, 6)).to.equal(-1);
      expect(positionOf([], 0)).to.equal(-1);
    });

    it('steps to the next and previous shown member', () => {
      expect(neighbourIndex(shown, 5, 'next')).to.equal(9);
      expect(neighbourIndex(shown, 5, 'previous')).to.equal(2);
      expect(neighbourIndex(shown, 14, 'next')).to.equal(undefined);
      expect(neighbourIndex(shown, 2, 'previous')).to.equal(undefined);
    });

    it('steps from a member that is not shown to the nearest shown one', () => {
      expect(neighbourIndex(shown, 6, 'next')).to.equal(9);
      expect(neighbourIndex(shown, 6, 'previous')).to.equal(5);
      expect(neighbourIndex(shown, 0, 'previous')).to.equal(undefined);
      expect(neighbourIndex(shown, 20, 'previous')).to.equal(14);
    });

    it('starts at an end when nothing is selected', () => {
      expect(neighbourIndex(shown, -1, 'next')).to.equal(2);
      expect(neighbourIndex(shown, -1, 'previous')).to.equal(14);
      expect(neighbourIndex([], -1, 'next')).to.equal(undefined);
    });

    it('agrees with a linear scan', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.nat(200)), fc.integer({ min: -1, max: 210 }), (values, from) => {
          const sorted = [...values].sort((a, b) => a - b);
          const after = sorted.find((value) => value > from);
          const before = [...sorted].reverse().find((value) => value < from);
          expect(neighbourIndex(sorted, from, 'next')).to.equal(from < 0 ? sorted[0] : after);
          expect(neighbourIndex(sorted, from, 'previous')).to.equal(from < 0 ? sorted.at(-1) : before);
          sorted.forEach((value, position) => expect(positionOf(sorted, value)).to.equal(position));
        }),
      );
    });
  });

  describe('indexOfMember', () => {
    const members = [null, { id: 1 }, { id: '2' }, { id: 3 }, { id: 3 }];

    it('finds the first member with the id, as text or number', () => {
      expect(indexOfMember(members, 1)).to.equal(1);
      expect(indexOfMember(members, '1')).to.equal(1);
      expect(indexOfMember(members, 2)).to.equal(2);
      expect(indexOfMember(members, 3)).to.equal(3);
      expect(indexOfMember(members, 4)).to.equal(-1);
      expect(indexOfMember(members, undefined)).to.equal(-1);
      expect(indexOfMember(members, '')).to.equal(-1);
    });

    it('checks the hint first', () => {
      expect(indexOfMember(members, 3, 4)).to.equal(4);
      expect(indexOfMember(members, 1, 3)).to.equal(1);
      expect(indexOfMember(members, 1, 99)).to.equal(1);
    });
  });
});
