import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { calendarDate, entityDate, httpDate, isNoDate } from '../../src/superoffice/entity-dates.js';

describe('SuperOffice entity dates', () => {
  describe('calendarDate', () => {
    it('is the day in the offset the date-time carries, not in UTC or the browser', () => {
      expect(calendarDate('2018-02-18T14:28:27.2114406+01:00')).to.equal('2018-02-18');
      // 22:28 UTC, still the 18th where it was saved.
      expect(calendarDate('2018-02-18T23:28:27.2114406+01:00')).to.equal('2018-02-18');
      // Already the 19th in UTC and in most of the world.
      expect(calendarDate('2018-02-18T23:59:59+01:00')).to.equal('2018-02-18');
      // Kiribati: 10:00 UTC on the 17th.
      expect(calendarDate('2018-02-18T00:00:00+14:00')).to.equal('2018-02-18');
      // Baker Island: 11:59 UTC on the 19th.
      expect(calendarDate('2018-02-18T23:59:00-12:00')).to.equal('2018-02-18');
      expect(calendarDate('2018-02-18T00:30:00Z')).to.equal('2018-02-18');
    });

    it('reads dates without time or offset, and fractions of any length', () => {
      expect(calendarDate('2026-03-05')).to.equal('2026-03-05');
      expect(calendarDate('2026-03-05T10:00')).to.equal('2026-03-05');
      expect(calendarDate('2026-03-05T10:00:00')).to.equal('2026-03-05');
      expect(calendarDate('2026-03-05T10:00:00.1+02:00')).to.equal('2026-03-05');
      expect(calendarDate(' 2026-03-05T10:00:00.123456789-05:30 ')).to.equal('2026-03-05');
    });

    it("treats SuperOffice's no-date values as unset", () => {
      for (const none of [
        '0001-01-01T00:00:00',
        '0001-01-01T00:00:00Z',
        '1899-12-30T00:00:00',
        '1753-01-01',
      ]) {
        expect(calendarDate(none), none).to.equal(undefined);
        expect(isNoDate(none), none).to.equal(true);
      }
      expect(calendarDate('1900-01-01T00:00:00')).to.equal('1900-01-01');
      expect(isNoDate('2018-02-18T14:28:27+01:00')).to.equal(false);
    });

    it('is undefined for anything that is not a date-time, never throwing', () => {
      const bad: unknown[] = [
        undefined,
        null,
        '',
        'tomorrow',
        '2018-02-30T10:00:00+01:00',
        '2018-13-01',
        '2018-02-18T24:00:00',
        '2018-02-18T10:60:00',
        '2018-02-18T10:00:60',
        '2018-02-18T10:00:00+15:00',
        '2018-02-18T10:00:00+01:60',
        '2018-02-18T10:00:00+0100',
        '2018-02-18 10:00:00',
        `2018-02-18T10:00:00.${'1'.repeat(200_000)}`,
        20180218,
        new Date('2018-02-18'),
        { toString: () => '2018-02-18' },
        Symbol('date'),
      ];
      for (const value of bad) {
        expect(calendarDate(value)).to.equal(undefined);
        expect(isNoDate(value)).to.equal(false);
        expect(httpDate(value)).to.equal(undefined);
      }
    });

    it('gives the first ten characters of any valid offset date-time', () => {
      fc.assert(
        fc.property(
          fc.date({
            min: new Date('1900-01-02T00:00:00Z'),
            max: new Date('9999-12-30T00:00:00Z'),
            noInvalidDate: true,
          }),
          fc.integer({ min: -12 * 60, max: 14 * 60 }),
          (date, offset) => {
            const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
            const sign = offset < 0 ? '-' : '+';
            const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
            expect(calendarDate(`${local}.1234567${zone}`)).to.equal(local.slice(0, 10));
          },
        ),
      );
    });
  });

  describe('httpDate', () => {
    it('is the IMF-fixdate of the instant, in GMT, whole seconds rounded down', () => {
      expect(httpDate('2016-03-08T14:28:27.2114406+01:00')).to.equal('Tue, 08 Mar 2016 13:28:27 GMT');
      expect(httpDate('2016-03-08T14:28:27.9999999+01:00')).to.equal('Tue, 08 Mar 2016 13:28:27 GMT');
      expect(httpDate('2018-02-18T00:30:00+14:00')).to.equal('Sat, 17 Feb 2018 10:30:00 GMT');
      expect(httpDate('2018-02-18T23:30:00-12:00')).to.equal('Mon, 19 Feb 2018 11:30:00 GMT');
      expect(httpDate('2026-03-04T13:05:09Z')).to.equal('Wed, 04 Mar 2026 13:05:09 GMT');
    });

    it('reads a date-time without offset as UTC, as SuperOffice documents UpdatedDate', () => {
      expect(httpDate('2026-03-04T13:05:09')).to.equal('Wed, 04 Mar 2026 13:05:09 GMT');
      expect(httpDate('2026-03-04')).to.equal('Wed, 04 Mar 2026 00:00:00 GMT');
    });

    it('agrees with Date#toUTCString, which is IMF-fixdate', () => {
      fc.assert(
        fc.property(
          fc.date({
            min: new Date('1900-01-02T00:00:00Z'),
            max: new Date('9999-12-30T00:00:00Z'),
            noInvalidDate: true,
          }),
          (date) => {
            expect(httpDate(date.toISOString())).to.equal(
              new Date(Math.floor(date.getTime() / 1000) * 1000).toUTCString(),
            );
          },
        ),
      );
    });

    it('is undefined for no-date values and for instants past year 9999', () => {
      expect(httpDate('0001-01-01T00:00:00')).to.equal(undefined);
      expect(httpDate('9999-12-31T23:00:00-12:00')).to.equal(undefined);
    });
  });

  describe('entityDate', () => {
    it('is midnight of the day at the given offset', () => {
      expect(entityDate('2026-03-05', 60)).to.equal('2026-03-05T00:00:00+01:00');
      expect(entityDate('2026-03-05', 14 * 60)).to.equal('2026-03-05T00:00:00+14:00');
      expect(entityDate('2026-03-05', -12 * 60)).to.equal('2026-03-05T00:00:00-12:00');
      expect(entityDate('2026-03-05', 330)).to.equal('2026-03-05T00:00:00+05:30');
      expect(entityDate('2026-03-05', 0)).to.equal('2026-03-05T00:00:00+00:00');
    });

    it("uses the browser's offset on that day by default", () => {
      const minutes = -new Date(2026, 6, 1).getTimezoneOffset();
      const written = entityDate('2026-07-01')!;
      expect(written.slice(0, 19)).to.equal('2026-07-01T00:00:00');
      const sign = written.slice(19, 20) === '-' ? -1 : 1;
      expect(sign * (Number(written.slice(20, 22)) * 60 + Number(written.slice(23, 25)))).to.equal(minutes);
      expect(entityDate('0050-07-01')!.slice(0, 10)).to.equal('0050-07-01');
    });

    it('ignores an offset SuperOffice could not store', () => {
      const byDefault = entityDate('2026-03-05');
      expect(entityDate('2026-03-05', 15 * 60)).to.equal(byDefault);
      expect(entityDate('2026-03-05', 1.5)).to.equal(byDefault);
      expect(entityDate('2026-03-05', Number.NaN)).to.equal(byDefault);
    });

    it('takes the day of a full timestamp, and refuses anything else', () => {
      expect(entityDate('2026-03-05T23:30:00+01:00', 60)).to.equal('2026-03-05T00:00:00+01:00');
      for (const bad of [undefined, null, '', '2026-02-30', 'soon', 20260305, '2026-03-05Tgarbage']) {
        expect(entityDate(bad, 60)).to.equal(undefined);
      }
    });

    it('reads back as the same calendar day at every offset', () => {
      fc.assert(
        fc.property(
          fc.date({
            min: new Date('1900-01-02T00:00:00Z'),
            max: new Date('9999-12-30T00:00:00Z'),
            noInvalidDate: true,
          }),
          fc.integer({ min: -14 * 60, max: 14 * 60 }),
          (date, offset) => {
            const day = date.toISOString().slice(0, 10);
            expect(calendarDate(entityDate(day, offset))).to.equal(day);
          },
        ),
      );
    });
  });
});
