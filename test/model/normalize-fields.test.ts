import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_URL_LENGTH,
  MAX_WARNINGS_PER_LIST,
  TEXT_LIMITS,
  asId,
  asIsoDate,
  asOneOf,
  describeValue,
  isList,
  isRecord,
  normalizeBoolean,
  normalizeCurrency,
  normalizeDate,
  normalizeList,
  normalizeMultilineText,
  normalizeNumber,
  normalizeProbability,
  normalizeRequiredText,
  normalizeStatus,
  normalizeText,
  normalizeTitle,
  normalizeUrl,
  readField,
  textNormalizer,
  type Normalizer,
} from '../../src/model/normalize-fields.js';
import type { DataWarning } from '../../src/model/types.js';

/** Runs a normalizer on one value and returns its result with the warnings it gave. */
function run<T>(normalize: Normalizer<T>, value: unknown, field = 'field') {
  const warnings: DataWarning[] = [];
  const result = normalize(value, field, warnings);
  return { result, warnings, messages: warnings.map((warning) => warning.message) };
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

describe('normalize fields', () => {
  describe('isList, isRecord and readField', () => {
    it('tells lists from records', () => {
      expect(isList([])).to.be.true;
      expect(isList({ length: 0 })).to.be.false;
      expect(isRecord({})).to.be.true;
      expect(isRecord(new Date())).to.be.true;
      expect(isRecord([])).to.be.false;
      expect(isRecord(null)).to.be.false;
      expect(isRecord('text')).to.be.false;
    });

    it('treats a revoked proxy as no list instead of throwing', () => {
      expect(isList(revokedProxy())).to.be.false;
    });

    it('reads a property whose getter throws as a value described as unreadable', () => {
      const source = {
        get boom(): string {
          throw new Error('boom');
        },
      };
      const value = readField(source, 'boom');
      expect(value).to.not.equal(undefined);
      expect(describeValue(value)).to.equal('a property that threw when read');
      expect(readField(revokedProxy(), 'id')).to.equal(value);
    });
  });

  describe('describeValue', () => {
    it('names every kind of value without calling toString', () => {
      const hostile = {
        toString() {
          throw new Error('no');
        },
      };
      expect(describeValue(undefined)).to.equal('nothing');
      expect(describeValue(null)).to.equal('null');
      expect(describeValue('won')).to.equal('"won"');
      expect(describeValue(12)).to.equal('12');
      expect(describeValue(NaN)).to.equal('NaN');
      expect(describeValue(-Infinity)).to.equal('-Infinity');
      expect(describeValue(true)).to.equal('true');
      expect(describeValue(12n)).to.equal('12n');
      expect(describeValue([1])).to.equal('a list');
      expect(describeValue(hostile)).to.equal('an object');
      expect(describeValue(Symbol('x'))).to.equal('a symbol');
      expect(describeValue(() => 1)).to.equal('a function');
    });

    it('shortens long text', () => {
      expect(describeValue('x'.repeat(1000))).to.equal(`"${'x'.repeat(40)}"…`);
    });
  });

  describe('asId, asIsoDate and asOneOf', () => {
    it('accepts non-blank strings verbatim and finite numbers as ids', () => {
      expect(asId('S-1')).to.equal('S-1');
      expect(asId(' 7 ')).to.equal(' 7 ');
      expect(asId(0)).to.equal(0);
      expect(asId(-3.5)).to.equal(-3.5);
    });

    it('refuses blank strings, non-finite numbers and other kinds as ids', () => {
      for (const value of ['', '   ', NaN, Infinity, null, undefined, true, {}, [], 1n]) {
        expect(asId(value), String(typeof value)).to.equal(undefined);
      }
    });

    it('keeps valid ISO dates exactly as given', () => {
      expect(asIsoDate('2026-01-31')).to.equal('2026-01-31');
      expect(asIsoDate('2026-01-31T10:00:00Z')).to.equal('2026-01-31T10:00:00Z');
      expect(asIsoDate('2026-02-30')).to.equal(undefined);
      expect(asIsoDate(new Date())).to.equal(undefined);
    });

    it('accepts only the listed choices', () => {
      const kind = asOneOf(['a', 'b'] as const);
      expect(kind('a')).to.equal('a');
      expect(kind('c')).to.equal(undefined);
      expect(kind(1)).to.equal(undefined);
    });
  });

  describe('normalizeText', () => {
    it('keeps ordinary text without warnings', () => {
      expect(run(normalizeText, 'Acme <b>AS</b>')).to.deep.equal({
        result: 'Acme <b>AS</b>',
        warnings: [],
        messages: [],
      });
    });

    it('leaves absent text undefined without a warning', () => {
      expect(run(normalizeText, undefined).result).to.equal(undefined);
      expect(run(normalizeText, null).warnings).to.be.empty;
    });

    it('converts a finite number with a warning', () => {
      const { result, warnings } = run(normalizeText, 1042, 'number');
      expect(result).to.equal('1042');
      expect(warnings).to.deep.equal([
        { field: 'number', message: 'expected text, got the number 1042; converted' },
      ]);
    });

    it('leaves out other kinds with a warning naming the field', () => {
      for (const value of [true, {}, [], NaN, Symbol('s')]) {
        const { result, warnings } = run(normalizeText, value, 'company.name');
        expect(result).to.equal(undefined);
        expect(warnings).to.have.length(1);
        expect(warnings[0]!.field).to.equal('company.name');
        expect(warnings[0]!.message).to.match(/^expected text, got .+; left out$/);
      }
    });

    it('turns line breaks and tabs into one space in one-line text', () => {
      expect(run(normalizeText, 'Big\r\n\tdeal').result).to.equal('Big deal');
    });

    it('removes other control characters silently', () => {
      const { result, warnings } = run(normalizeText, 'A\u0000B\u0007C\u007fD\u0085E');
      expect(result).to.equal('ABCDE');
      expect(warnings).to.be.empty;
    });

    it('keeps line breaks and tabs in multi-line text', () => {
      expect(run(normalizeMultilineText, 'one\n\ttwo\r\nthree\u0000').result).to.equal('one\n\ttwo\r\nthree');
    });

    it('cuts text longer than the limit, with one warning', () => {
      const { result, messages } = run(normalizeText, 'x'.repeat(100_000));
      expect(result).to.have.length(TEXT_LIMITS.line);
      expect(messages).to.deep.equal([`longer than ${TEXT_LIMITS.line} characters (100000); cut`]);
    });

    it('does not cut an emoji in half', () => {
      const text = `${'x'.repeat(9)}😀😀`;
      expect(run(textNormalizer({ maxLength: 10 }), text).result).to.equal('x'.repeat(9));
      expect(run(textNormalizer({ maxLength: 11 }), text).result).to.equal(`${'x'.repeat(9)}😀`);
    });

    it('keeps a multi-line limit of its own', () => {
      expect(run(normalizeMultilineText, 'x'.repeat(TEXT_LIMITS.multiline)).warnings).to.be.empty;
      expect(run(normalizeMultilineText, 'x'.repeat(TEXT_LIMITS.multiline + 1)).result).to.have.length(
        TEXT_LIMITS.multiline,
      );
    });
  });

  describe('normalizeRequiredText and normalizeTitle', () => {
    it('keeps present text', () => {
      expect(run(normalizeRequiredText, 'Acme').result).to.equal('Acme');
    });

    it("gives '' and one warning for missing or blank text", () => {
      for (const value of [undefined, null, '', '  \n ', '\u0000']) {
        const { result, warnings } = run(normalizeRequiredText, value, 'title');
        expect(result).to.equal('');
        expect(warnings).to.deep.equal([{ field: 'title', message: 'required but empty' }]);
      }
    });

    it('reports a wrong kind once, not also as empty', () => {
      const { result, messages } = run(normalizeRequiredText, {}, 'title');
      expect(result).to.equal('');
      expect(messages).to.deep.equal(['expected text, got an object; left out']);
    });

    it('cuts a title at the 219 characters the database keeps', () => {
      const { result, warnings } = run(normalizeTitle, 'T'.repeat(500));
      expect(result).to.have.length(219);
      expect(warnings).to.have.length(1);
    });
  });

  describe('normalizeNumber', () => {
    it('keeps finite numbers', () => {
      for (const value of [0, -12.5, 1e21, Number.MAX_VALUE]) {
        expect(run(normalizeNumber, value)).to.deep.include({ result: value, warnings: [] });
      }
    });

    it('converts plain numeric text with a warning', () => {
      expect(run(normalizeNumber, '1500')).to.deep.include({
        result: 1500,
        messages: ['a number given as text ("1500"); converted'],
      });
      expect(run(normalizeNumber, ' -12.5 ').result).to.equal(-12.5);
      expect(run(normalizeNumber, '.5').result).to.equal(0.5);
    });

    it('refuses locale-formatted, exponent, blank and overflowing text', () => {
      for (const value of ['1 500', '1,5', '1e3', '', '12 kr', '9'.repeat(400)]) {
        const { result, messages } = run(normalizeNumber, value, 'amount');
        expect(result, value).to.equal(undefined);
        expect(messages[0]).to.match(/^expected a finite number, got ".*; left out$/);
      }
    });

    it('refuses NaN, Infinity and other kinds', () => {
      expect(run(normalizeNumber, NaN).messages).to.deep.equal([
        'expected a finite number, got NaN; left out',
      ]);
      expect(run(normalizeNumber, Infinity).result).to.equal(undefined);
      expect(run(normalizeNumber, {}).warnings).to.have.length(1);
    });

    it('leaves absent numbers undefined quietly', () => {
      expect(run(normalizeNumber, null)).to.deep.include({ result: undefined, warnings: [] });
    });
  });

  describe('normalizeProbability', () => {
    it('keeps 0-100', () => {
      expect(run(normalizeProbability, 0).result).to.equal(0);
      expect(run(normalizeProbability, 100)).to.deep.include({ result: 100, warnings: [] });
    });

    it('clamps values outside 0-100 with a warning', () => {
      expect(run(normalizeProbability, 150, 'probability')).to.deep.include({
        result: 100,
        warnings: [{ field: 'probability', message: '150 is outside 0-100; clamped to 100' }],
      });
      expect(run(normalizeProbability, -5).result).to.equal(0);
    });

    it('reports converted and clamped text once', () => {
      const { result, messages } = run(normalizeProbability, '250');
      expect(result).to.equal(100);
      expect(messages).to.deep.equal(['"250" is outside 0-100; clamped to 100']);
    });

    it('passes on conversion warnings for values inside the range', () => {
      expect(run(normalizeProbability, '50').messages).to.have.length(1);
      expect(run(normalizeProbability, 'high').result).to.equal(undefined);
    });
  });

  describe('normalizeBoolean, normalizeDate, normalizeCurrency and normalizeUrl', () => {
    it('keeps booleans and refuses truthy look-alikes', () => {
      expect(run(normalizeBoolean, false)).to.deep.include({ result: false, warnings: [] });
      expect(run(normalizeBoolean, null)).to.deep.include({ result: undefined, warnings: [] });
      expect(run(normalizeBoolean, 1).messages).to.deep.equal(['expected true or false, got 1; left out']);
      expect(run(normalizeBoolean, 'true').result).to.equal(undefined);
    });

    it('keeps valid dates as given and leaves out the rest', () => {
      expect(run(normalizeDate, '2026-03-01T08:00:00+01:00').result).to.equal('2026-03-01T08:00:00+01:00');
      expect(run(normalizeDate, undefined).warnings).to.be.empty;
      for (const value of ['2026-13-01', 'tomorrow', 20260101, new Date()]) {
        const { result, messages } = run(normalizeDate, value);
        expect(result).to.equal(undefined);
        expect(messages[0]).to.match(/^expected an ISO date such as "2026-01-31", got .+; left out$/);
      }
    });

    it('upper-cases currency codes and leaves out anything else', () => {
      expect(run(normalizeCurrency, 'NOK')).to.deep.include({ result: 'NOK', warnings: [] });
      expect(run(normalizeCurrency, ' eur ').result).to.equal('EUR');
      expect(run(normalizeCurrency, undefined).warnings).to.be.empty;
      for (const value of ['kr', 'NOKK', 578, {}]) {
        expect(run(normalizeCurrency, value).result).to.equal(undefined);
        expect(run(normalizeCurrency, value).warnings).to.have.length(1);
      }
    });

    it('keeps URLs as text, any scheme, and leaves out overlong ones rather than cutting them', () => {
      expect(run(normalizeUrl, 'javascript:alert(1)').result).to.equal('javascript:alert(1)');
      expect(run(normalizeUrl, undefined).result).to.equal(undefined);
      const long = `https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`;
      expect(run(normalizeUrl, long, 'links[2].href')).to.deep.include({
        result: undefined,
        warnings: [{ field: 'links[2].href', message: `longer than ${MAX_URL_LENGTH} characters; left out` }],
      });
    });
  });

  describe('normalizeStatus', () => {
    it('keeps known statuses and makes a missing one open', () => {
      for (const status of ['open', 'sold', 'lost', 'stalled']) {
        expect(run(normalizeStatus, status)).to.deep.include({ result: status, warnings: [] });
      }
      expect(run(normalizeStatus, undefined)).to.deep.include({ result: 'open', warnings: [] });
    });

    it('reads other letter case with a warning', () => {
      expect(run(normalizeStatus, ' Sold ')).to.deep.include({
        result: 'sold',
        messages: ['" Sold " read as "sold"'],
      });
    });

    it('reads the database codes 1-4 with a warning', () => {
      expect([1, 2, 3, 4].map((code) => run(normalizeStatus, code).result)).to.deep.equal([
        'open',
        'sold',
        'lost',
        'stalled',
      ]);
      expect(run(normalizeStatus, 2).messages).to.deep.equal(['database status code 2 read as "sold"']);
    });

    it('shows anything else as open, with a warning', () => {
      for (const value of ['won', 0, 5, 2.5, {}, true]) {
        const { result, messages } = run(normalizeStatus, value, 'status');
        expect(result).to.equal('open');
        expect(messages[0]).to.match(/^unknown status .+; shown as open$/);
      }
    });
  });

  describe('normalizeList', () => {
    const texts: Normalizer<string[] | undefined> = (value, field, warnings) =>
      normalizeList(value, field, warnings, normalizeText);

    it('normalizes every item', () => {
      expect(run(texts, ['a', 'b'])).to.deep.include({ result: ['a', 'b'], warnings: [] });
    });

    it('leaves a missing list undefined and turns a non-list into [] with a warning', () => {
      expect(run(texts, undefined)).to.deep.include({ result: undefined, warnings: [] });
      expect(run(texts, 'a,b', 'links')).to.deep.include({
        result: [],
        warnings: [{ field: 'links', message: 'expected a list, got "a,b"; left empty' }],
      });
      expect(run(texts, { 0: 'a', length: 1 }).result).to.deep.equal([]);
    });

    it('leaves out bad and empty items with a warning naming the index', () => {
      const { result, warnings } = run(texts, ['a', {}, null, undefined, 'b'], 'options');
      expect(result).to.deep.equal(['a', 'b']);
      expect(warnings.map((warning) => warning.field)).to.deep.equal([
        'options[1]',
        'options[2]',
        'options[3]',
      ]);
      expect(warnings[1]!.message).to.equal('empty entry (null); left out');
    });

    it(`reports at most ${MAX_WARNINGS_PER_LIST} problems and then a count`, () => {
      const bad = Array.from({ length: 10_000 }, () => ({}));
      const started = performance.now();
      const { result, warnings } = run(texts, [...bad, 'ok'], 'links');
      expect(performance.now() - started).to.be.below(1000);
      expect(result).to.deep.equal(['ok']);
      expect(warnings).to.have.length(MAX_WARNINGS_PER_LIST + 1);
      expect(warnings.at(-1)).to.deep.equal({
        field: 'links',
        message: '9995 more problems in this list not listed',
      });
    });

    it('survives a list whose items or length cannot be read', () => {
      const items = new Proxy(['a', 'b'], {
        get: (target, key) => {
          if (key === '1') throw new Error('nope');
          return Reflect.get(target, key);
        },
      });
      expect(run(texts, items).result).to.deep.equal(['a']);
      const noLength = new Proxy([], {
        get: () => {
          throw new Error('nope');
        },
      });
      expect(run(texts, noLength)).to.deep.include({
        result: [],
        messages: ['the list could not be read; left empty'],
      });
    });
  });

  describe('properties', () => {
    it('never throw, and return the promised kind', () => {
      fc.assert(
        fc.property(
          fc.anything({ withBigInt: true, withDate: true, withMap: true, withTypedArray: true }),
          (value) => {
            const warnings: DataWarning[] = [];
            const text = normalizeText(value, 'f', warnings);
            expect(text === undefined || typeof text === 'string').to.be.true;
            const number = normalizeNumber(value, 'f', warnings);
            expect(number === undefined || Number.isFinite(number)).to.be.true;
            const probability = normalizeProbability(value, 'f', warnings);
            expect(probability === undefined || (probability >= 0 && probability <= 100)).to.be.true;
            expect(['open', 'sold', 'lost', 'stalled']).to.include(normalizeStatus(value, 'f', warnings));
            normalizeBoolean(value, 'f', warnings);
            normalizeDate(value, 'f', warnings);
            normalizeCurrency(value, 'f', warnings);
            normalizeList(value, 'f', warnings, normalizeText);
            expect(warnings.every((warning) => warning.field === 'f' || warning.field.startsWith('f['))).to.be
              .true;
          },
        ),
      );
    });

    it('keep any text within its limit', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (value) => {
          const title = normalizeTitle(value, 'title', []);
          expect(title.length).to.be.at.most(TEXT_LIMITS.title);
          expect(/\p{Cc}/u.test(title)).to.be.false;
        }),
      );
    });
  });
});
