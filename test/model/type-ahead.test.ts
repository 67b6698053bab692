import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { foldForSearch } from '../../src/model/members.js';
import { NOTHING_TYPED, TYPE_AHEAD_PAUSE, typeAhead, typeAheadMatch } from '../../src/model/type-ahead.js';

const NAMES = ['Annual support', 'Berg', 'Bergen office', '  banner', 'Åsane', 'Copper', 'bbq'];
const nameAt = (names: readonly string[]) => (position: number) => foldForSearch(names[position] ?? '');
const match = (text: string, active: number, names: readonly string[] = NAMES) =>
  typeAheadMatch(text, names.length, active, nameAt(names));

/** Types `keys` at the given times (ms) from nothing typed; the texts after each key. */
function typeKeys(keys: readonly [string, number][]): (string | undefined)[] {
  let typed = NOTHING_TYPED;
  return keys.map(([key, at]) => {
    const next = typeAhead(typed, key, at);
    if (next) typed = next;
    return next?.text;
  });
}

describe('model/type-ahead', () => {
  describe('typeAhead', () => {
    it('adds characters typed within the pause, and starts again after it', () => {
      expect(
        typeKeys([
          ['b', 0],
          ['e', 100],
          ['r', 100 + TYPE_AHEAD_PAUSE - 1],
          ['c', 100 + TYPE_AHEAD_PAUSE * 3],
        ]),
      ).to.deep.equal(['b', 'be', 'ber', 'c']);
    });

    it('ignores keys that type nothing, and a space that begins no text', () => {
      expect(
        typeKeys([
          ['Enter', 0],
          ['ArrowDown', 1],
          ['F2', 2],
          [' ', 3],
          ['', 4],
        ]),
      ).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
    });

    it('takes a space inside a text being typed, and one character of any script', () => {
      expect(
        typeKeys([
          ['n', 0],
          [' ', 50],
          ['y', 100],
        ]),
      ).to.deep.equal(['n', 'n ', 'n y']);
      expect(typeKeys([['😀', 0]])).to.deep.equal(['😀']);
    });
  });

  describe('typeAheadMatch', () => {
    it('moves to the next option that starts with a character, in any case, wrapping', () => {
      expect(match('b', -1)).to.equal(1);
      expect(match('B', 1)).to.equal(2);
      expect(match('b', 2)).to.equal(3); // leading spaces ignored
      expect(match('b', 6)).to.equal(1); // wraps
      expect(match('c', 0)).to.equal(5);
      expect(match('å', 0)).to.equal(4); // å is its own letter, not a
      expect(match('z', 0)).to.equal(-1);
    });

    it('keeps the active option while a longer text still matches it, and moves on when it does not', () => {
      expect(match('be', 1)).to.equal(1);
      expect(match('berg', 1)).to.equal(1);
      expect(match('bergen', 1)).to.equal(2);
      expect(match('ban', 1)).to.equal(3);
    });

    it('cycles through the options that start with a character typed again and again', () => {
      const names = ['Berg', 'Alpha', 'Bergen', 'Bodø'];
      expect(match('bb', 0, names)).to.equal(2);
      expect(match('bbb', 2, names)).to.equal(3);
      expect(match('bbbb', 3, names)).to.equal(0);
      // …unless an option starts with the repeated text itself.
      expect(match('bb', 1)).to.equal(6);
    });

    it('skips options without a name and finds nothing in an empty list', () => {
      expect(typeAheadMatch('a', 3, -1, (position) => (position === 2 ? 'alpha' : ''))).to.equal(2);
      expect(typeAheadMatch('a', 0, -1, () => 'a')).to.equal(-1);
      expect(typeAheadMatch('', 3, 0, () => 'a')).to.equal(-1);
    });

    it('folds the typed text in the list language (Turkish dotted İ)', () => {
      const names = ['istanbul'];
      expect(typeAheadMatch('İ', 1, -1, nameAt(names), 'tr')).to.equal(0);
    });

    it('always returns a position among the options, or -1 (property)', () => {
      fc.assert(
        fc.property(
          fc.array(fc.string(), { maxLength: 20 }),
          fc.string({ minLength: 1, maxLength: 4 }),
          fc.integer({ min: -1, max: 25 }),
          (names, text, active) => {
            const position = typeAheadMatch(
              text,
              names.length,
              Math.min(active, names.length - 1),
              nameAt(names),
            );
            expect(position).to.be.within(-1, names.length - 1);
            if (position >= 0) {
              const name = nameAt(names)(position).trimStart();
              const folded = foldForSearch(text);
              expect(name.startsWith(folded) || name.startsWith([...folded][0]!)).to.equal(true);
            }
          },
        ),
      );
    });
  });
});
