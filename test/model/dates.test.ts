import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isDayBefore, localToday, parseIsoDate, toIsoDay } from '../../src/model/dates.js';

describe('dates', () => {
  describe('parseIsoDate', () => {
    it('parses a calendar day to midnight UTC', () => {
      expect(parseIsoDate('2026-01-31')?.toISOString()).to.equal('2026-01-31T00:00:00.000Z');
    });

    it('takes the calendar day of a timestamp as written, not as converted to UTC', () => {
      expect(parseIsoDate('2026-01-31T23:30:00-05:00')?.toISOString()).to.equal('2026-01-31T00:00:00.000Z');
      expect(parseIsoDate('2026-01-31T10:15:30.123Z')?.toISOString()).to.equal('2026-01-31T00:00:00.000Z');
      expect(parseIsoDate('2026-01-31 10:15')?.toISOString()).to.equal('2026-01-31T00:00:00.000Z');
      expect(parseIsoDate(' 2026-01-31 ')).to.not.equal(undefined);
    });

    it('refuses impossible days', () => {
      for (const value of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31']) {
        expect(parseIsoDate(value), value).to.equal(undefined);
      }
      expect(parseIsoDate('2024-02-29')).to.not.equal(undefined);
    });

    it('refuses other formats and kinds', () => {
      for (const value of ['31.01.2026', '2026-1-31', '20260131', 'today', '', null, 20260131, new Date()]) {
        expect(parseIsoDate(value)).to.equal(undefined);
      }
    });

    it('reads years below 100 as they are, not as 19xx', () => {
      expect(toIsoDay('0050-06-01')).to.equal('0050-06-01');
      expect(toIsoDay('0000-01-01')).to.equal('0000-01-01');
    });
  });

  describe('toIsoDay', () => {
    it('gives the day part of valid dates only', () => {
      expect(toIsoDay('2026-01-31T12:00:00Z')).to.equal('2026-01-31');
      expect(toIsoDay('nope')).to.equal(undefined);
    });

    it('gives back every valid day unchanged', () => {
      fc.assert(
        fc.property(
          fc.date({
            min: new Date('0000-01-01T00:00:00Z'),
            max: new Date('9999-12-31T00:00:00Z'),
            noInvalidDate: true,
          }),
          (date) => {
            const day = date.toISOString().slice(0, 10);
            expect(toIsoDay(day)).to.equal(day);
          },
        ),
      );
    });
  });

  describe('localToday', () => {
    it("is the given moment's date in the local time zone", () => {
      expect(localToday(new Date(2026, 0, 5, 23, 59))).to.equal('2026-01-05');
      expect(localToday(new Date(2026, 11, 31, 0, 0))).to.equal('2026-12-31');
    });

    it('defaults to now', () => {
      expect(localToday()).to.match(/^\d{4}-\d{2}-\d{2}$/);
    });
  });

  describe('isDayBefore', () => {
    it('compares calendar days', () => {
      expect(isDayBefore('2026-01-14', '2026-01-15')).to.be.true;
      expect(isDayBefore('2026-01-15', '2026-01-15')).to.be.false;
      expect(isDayBefore('2026-01-16', '2026-01-15')).to.be.false;
      expect(isDayBefore('2025-12-31T23:59:59Z', '2026-01-01')).to.be.true;
      expect(isDayBefore('2026-01-15T00:00:00Z', '2026-01-15T23:00:00Z')).to.be.false;
    });

    it('is false when either side is not a date', () => {
      expect(isDayBefore('bad', '2026-01-15')).to.be.false;
      expect(isDayBefore('2026-01-14', undefined)).to.be.false;
    });
  });
});
