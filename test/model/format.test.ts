import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  pluralCategory,
  PLACEHOLDER,
} from '../../src/model/format.js';

// Intl output differs between engines and ICU versions, so the assertions use patterns. The group
// separator in nb is a no-break space (U+00A0) or a narrow no-break space (U+202F).
const NB_GROUP = '[\\u00a0\\u202f]';

describe('format', () => {
  it('uses an em dash as the placeholder', () => {
    expect(PLACEHOLDER).to.equal('—');
  });

  describe('formatNumber', () => {
    it('groups thousands with a no-break space and uses a decimal comma in nb', () => {
      expect(formatNumber(1234567.891, 'nb-NO')).to.match(new RegExp(`^1${NB_GROUP}234${NB_GROUP}567,89$`));
    });

    it('groups with commas in en', () => {
      expect(formatNumber(1234567.891, 'en')).to.equal('1,234,567.89');
    });

    it('honours the number of fraction digits, and falls back to 2 for nonsense', () => {
      expect(formatNumber(1.23456, 'en', 0)).to.equal('1');
      expect(formatNumber(1.23456, 'en', 4)).to.equal('1.2346');
      expect(formatNumber(1.23456, 'en', -3)).to.equal('1');
      expect(formatNumber(1.23456, 'en', NaN)).to.equal('1.23');
      expect(formatNumber(1.5, 'en', 500)).to.equal('1.5');
    });

    it('shows no minus sign on a value that rounds to zero', () => {
      expect(formatNumber(-0, 'en')).to.equal('0');
      expect(formatNumber(-0.001, 'en')).to.equal('0');
      expect(formatNumber(-1.5, 'en')).to.equal('-1.5');
    });

    it('gives the placeholder for NaN, Infinity, null and undefined', () => {
      for (const value of [NaN, Infinity, -Infinity, null, undefined]) {
        expect(formatNumber(value, 'en')).to.equal('—');
      }
    });

    it('falls back to English for a malformed locale instead of throwing', () => {
      expect(formatNumber(1500, 'not a locale!!')).to.equal('1,500');
      expect(formatNumber(1500, '')).to.equal('1,500');
      expect(formatNumber(1500, undefined as unknown as string)).to.equal('1,500');
    });
  });

  describe('formatMoney', () => {
    it('shows NOK in nb with grouping and the code or kr', () => {
      expect(formatMoney(1500, 'NOK', 'nb-NO')).to.match(
        new RegExp(`^(?:NOK|kr)?\\s?1${NB_GROUP}500\\s?(?:NOK|kr)?$`),
      );
      expect(formatMoney(1500, 'NOK', 'nb-NO')).to.match(/NOK|kr/);
    });

    it('shows the code in en', () => {
      expect(formatMoney(1500, 'NOK', 'en')).to.match(/^NOK\s1,500$/);
    });

    it('shows whole amounts without decimals and others with two', () => {
      expect(formatMoney(1500.5, 'NOK', 'en')).to.match(/^NOK\s1,500\.50$/);
      expect(formatMoney(1500.5, 'NOK', 'nb-NO')).to.match(new RegExp(`1${NB_GROUP}500,50`));
    });

    it('shows a plain number without a currency or with a bad code', () => {
      expect(formatMoney(1500, undefined, 'en')).to.equal('1,500');
      expect(formatMoney(1500, null, 'en')).to.equal('1,500');
      for (const currency of ['kr', 'nok', 'NOKK', '', '€']) {
        expect(formatMoney(1500, currency, 'en'), currency).to.equal('1,500');
      }
    });

    it('gives the placeholder for an amount that is not a finite number', () => {
      expect(formatMoney(NaN, 'NOK', 'en')).to.equal('—');
      expect(formatMoney(undefined, 'NOK', 'en')).to.equal('—');
      expect(formatMoney(Infinity, undefined, 'en')).to.equal('—');
    });

    it('reuses one formatter per locale and options without mixing them up', () => {
      expect(formatMoney(1, 'EUR', 'en')).to.match(/^EUR\s1$/);
      expect(formatMoney(1, 'USD', 'en')).to.match(/^USD\s1$/);
      expect(formatMoney(1, 'EUR', 'en')).to.match(/^EUR\s1$/);
    });
  });

  describe('formatPercent', () => {
    it('reads the 0-100 scale', () => {
      expect(formatPercent(25, 'en')).to.equal('25%');
      expect(formatPercent(12.345, 'en')).to.equal('12.3%');
      expect(formatPercent(25, 'nb-NO')).to.match(/^25[\s\u00a0\u202f]%$/);
    });

    it('gives the placeholder for a missing value', () => {
      expect(formatPercent(undefined, 'en')).to.equal('—');
      expect(formatPercent(NaN, 'en')).to.equal('—');
    });
  });

  describe('formatDate', () => {
    it('shows the calendar day without shifting it, whatever the time zone', () => {
      expect(formatDate('2026-01-31', 'en')).to.equal('Jan 31, 2026');
      expect(formatDate('2026-01-31', 'nb-NO')).to.match(/^31\. jan\.? 2026$/);
      expect(formatDate('2026-01-01', 'en')).to.equal('Jan 1, 2026');
    });

    it('shows the day a timestamp was written on', () => {
      expect(formatDate('2026-01-31T23:30:00-05:00', 'en')).to.equal('Jan 31, 2026');
      expect(formatDate('2026-01-31T00:30:00+02:00', 'en')).to.equal('Jan 31, 2026');
    });

    it('gives the placeholder for bad or missing dates', () => {
      for (const value of ['2026-02-30', '31.01.2026', '', 'soon', null, undefined]) {
        expect(formatDate(value, 'en'), String(value)).to.equal('—');
      }
    });

    it('falls back to English for a malformed locale', () => {
      expect(formatDate('2026-01-31', '??')).to.equal('Jan 31, 2026');
    });

    it('never throws, for any input', () => {
      fc.assert(
        fc.property(fc.anything(), fc.string(), (value, locale) => {
          expect(formatDate(value as string, locale)).to.be.a('string');
          expect(formatNumber(value as number, locale)).to.be.a('string');
          expect(formatMoney(value as number, value as string, locale)).to.be.a('string');
          expect(formatPercent(value as number, locale)).to.be.a('string');
        }),
      );
    });
  });
});

describe('formatMonth', () => {
  it('writes a month the way each language does, without a time-zone shift', () => {
    expect(formatMonth('2025-05', 'en')).to.equal('May 2025');
    expect(formatMonth('2025-01', 'nb-NO')).to.equal('januar 2025');
  });

  it('shows the placeholder for a value that is not a month', () => {
    expect(formatMonth('2025-13', 'en')).to.equal('—');
    expect(formatMonth('soon', 'en')).to.equal('—');
  });
});

describe('pluralCategory', () => {
  it('tells one from other in English and Norwegian', () => {
    expect(pluralCategory(1, 'en')).to.equal('one');
    expect(pluralCategory(2, 'en')).to.equal('other');
    expect(pluralCategory(1, 'nb-NO')).to.equal('one');
    expect(pluralCategory(0, 'nb-NO')).to.equal('other');
  });

  it('falls back to English rules for a malformed locale', () => {
    expect(pluralCategory(1, 'not a locale!')).to.equal('one');
  });
});
