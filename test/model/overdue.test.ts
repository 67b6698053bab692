import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toIsoDay } from '../../src/model/dates.js';
import { isOverdue, nextActivityOf, type OverdueFields } from '../../src/model/overdue.js';
import { SALE_STATUSES, type Activity } from '../../src/model/types.js';

const today = '2026-01-15';
const activity = (id: number, date: string, done?: boolean): Activity => ({
  id,
  title: `A${id}`,
  date,
  done,
});

describe('overdue', () => {
  describe('nextActivityOf', () => {
    it('is undefined without activities', () => {
      expect(nextActivityOf({})).to.equal(undefined);
      expect(nextActivityOf({ activities: [] })).to.equal(undefined);
    });

    it('is the next activity when it is not done', () => {
      const next = activity(1, '2026-01-20');
      expect(nextActivityOf({ nextActivity: next })).to.equal(next);
      expect(nextActivityOf({ nextActivity: activity(1, '2026-01-20', true) })).to.equal(undefined);
    });

    it('is the earliest activity that is not done', () => {
      const early = activity(2, '2026-01-03');
      const activities = [activity(1, '2026-01-01', true), activity(3, '2026-02-01'), early];
      expect(nextActivityOf({ nextActivity: activity(4, '2026-01-10'), activities })).to.equal(early);
    });

    it('compares calendar days, and the next activity wins a tie', () => {
      const next = activity(1, '2026-01-03T23:00:00Z');
      expect(
        nextActivityOf({ nextActivity: next, activities: [activity(2, '2026-01-03T01:00:00Z')] }),
      ).to.equal(next);
    });

    it('skips activities without a valid date and entries that are not activities', () => {
      const good = activity(3, '2026-01-09');
      const activities = [activity(1, 'soon'), null, 'x', good] as unknown as Activity[];
      expect(nextActivityOf({ activities })).to.equal(good);
      expect(nextActivityOf({ activities: 'x' as unknown as Activity[] })).to.equal(undefined);
    });
  });

  describe('isOverdue', () => {
    it('is true for an open sale whose sale date lies before today', () => {
      expect(isOverdue({ status: 'open', saleDate: '2026-01-14' }, today)).to.be.true;
    });

    it('is false for an open sale dated today or later', () => {
      expect(isOverdue({ status: 'open', saleDate: today }, today)).to.be.false;
      expect(isOverdue({ status: 'open', saleDate: '2026-01-15T23:59:00Z' }, today)).to.be.false;
      expect(isOverdue({ status: 'open', saleDate: '2026-02-01' }, today)).to.be.false;
    });

    it('is true for an open sale whose next undone activity lies before today', () => {
      expect(isOverdue({ status: 'open', nextActivity: activity(1, '2026-01-14') }, today)).to.be.true;
      expect(
        isOverdue(
          { status: 'open', activities: [activity(1, '2026-01-20'), activity(2, '2025-12-01')] },
          today,
        ),
      ).to.be.true;
    });

    it('ignores activities that are done', () => {
      expect(isOverdue({ status: 'open', nextActivity: activity(1, '2026-01-01', true) }, today)).to.be.false;
      expect(isOverdue({ status: 'open', activities: [activity(1, '2026-01-01', true)] }, today)).to.be.false;
    });

    it('is true for a stalled sale whose re-open date has passed, whatever its other dates', () => {
      expect(isOverdue({ status: 'stalled', reopenDate: '2026-01-14' }, today)).to.be.true;
      expect(isOverdue({ status: 'stalled', reopenDate: today, saleDate: '2020-01-01' }, today)).to.be.false;
      expect(isOverdue({ status: 'stalled', nextActivity: activity(1, '2020-01-01') }, today)).to.be.false;
    });

    it('is never true for sold and lost sales', () => {
      const old = {
        saleDate: '2020-01-01',
        reopenDate: '2020-01-01',
        nextActivity: activity(1, '2020-01-01'),
      };
      expect(isOverdue({ status: 'sold', ...old }, today)).to.be.false;
      expect(isOverdue({ status: 'lost', ...old }, today)).to.be.false;
    });

    it('is false for bad dates, a bad today and bad sales', () => {
      expect(isOverdue({ status: 'open', saleDate: 'yesterday' }, today)).to.be.false;
      expect(isOverdue({ status: 'open', saleDate: '2026-01-01' }, 'today')).to.be.false;
      expect(isOverdue({ status: 'open', saleDate: '2026-01-01' }, undefined as unknown as string)).to.be
        .false;
      expect(isOverdue(null, today)).to.be.false;
      expect(isOverdue(undefined, today)).to.be.false;
      expect(isOverdue('open' as unknown as OverdueFields, today)).to.be.false;
      expect(isOverdue({ status: 'won', saleDate: '2020-01-01' } as unknown as OverdueFields, today)).to.be
        .false;
    });

    it('is false instead of throwing for a sale whose getters throw', () => {
      const sale = {
        status: 'open',
        get saleDate(): string {
          throw new Error('not loaded');
        },
      } as OverdueFields;
      expect(isOverdue(sale, today)).to.be.false;
    });

    describe('properties', () => {
      const day = fc
        .date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((date) => date.toISOString().slice(0, 10));
      const dateLike = fc.oneof(day, fc.constant(undefined), fc.string());
      const sale = fc.record(
        {
          status: fc.constantFrom(...SALE_STATUSES),
          saleDate: dateLike,
          reopenDate: dateLike,
          nextActivity: fc.option(
            fc.record({ id: fc.nat(), title: fc.string(), date: day, done: fc.boolean() }),
            {
              nil: undefined,
            },
          ),
          activities: fc.array(
            fc.record({ id: fc.nat(), title: fc.string(), date: day, done: fc.boolean() }),
            {
              maxLength: 4,
            },
          ),
        },
        { requiredKeys: ['status'] },
      ) as fc.Arbitrary<OverdueFields>;

      it('is never true for sold or lost sales', () => {
        fc.assert(
          fc.property(sale, fc.constantFrom('sold', 'lost'), day, (generated, status, today) => {
            expect(isOverdue({ ...generated, status } as OverdueFields, today)).to.be.false;
          }),
        );
      });

      it('stays overdue on every later day', () => {
        fc.assert(
          fc.property(sale, day, day, (generated, first, second) => {
            const [earlier, later] = first <= second ? [first, second] : [second, first];
            if (isOverdue(generated, earlier)) expect(isOverdue(generated, later)).to.be.true;
          }),
        );
      });

      it('is false when no date of the sale lies before today', () => {
        fc.assert(
          fc.property(sale, (generated) => {
            const dates = [generated.saleDate, generated.reopenDate, generated.nextActivity?.date];
            for (const entry of generated.activities ?? []) dates.push(entry.date);
            const days = dates.map(toIsoDay).filter((date) => date !== undefined);
            const earliest = days.sort()[0] ?? '2026-01-01';
            expect(isOverdue(generated, earliest)).to.be.false;
            expect(isOverdue(generated, '0000-01-01')).to.be.false;
          }),
        );
      });

      it('never throws, for anything', () => {
        fc.assert(
          fc.property(fc.anything(), fc.anything(), (anything, today) => {
            expect(isOverdue(anything as OverdueFields, today as string)).to.be.a('boolean');
          }),
        );
      });
    });
  });
});
