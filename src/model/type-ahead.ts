/**
 * Type-ahead for a list, after the WAI-ARIA APG listbox pattern
 * (https://www.w3.org/WAI/ARIA/apg/patterns/listbox/): a printable character moves to the next
 * option whose name starts with it; characters typed in quick succession add up to a longer start;
 * one character typed again and again cycles through the options that start with it, as a native
 * `<select>` does. Pure: the caller keeps the `TypedText` between keys and reads names by position.
 *
 * ```ts
 * const typed = typeAhead(this.typed, event.key, event.timeStamp);
 * if (typed) (this.typed = typed), activate(typeAheadMatch(typed.text, count, active, nameAt, locale));
 * ```
 */
import { foldForSearch } from './members.js';

/** Characters typed less than this many milliseconds apart add up to one text. */
export const TYPE_AHEAD_PAUSE = 500;

/** What has been typed so far, and when the last character came (milliseconds, any clock). */
export interface TypedText {
  readonly text: string;
  readonly at: number;
}

/** Nothing typed yet. */
export const NOTHING_TYPED: TypedText = { text: '', at: -Infinity };

/**
 * The typed text after `key` (a `KeyboardEvent.key`) at time `now`, or undefined when the key types
 * nothing (Enter, arrows, F-keys…). A space counts only within a text being typed ("New Y…"):
 * on its own it is the listbox's Space, which selects.
 */
export function typeAhead(typed: TypedText, key: string, now: number): TypedText | undefined {
  if (typeof key !== 'string' || [...key].length !== 1) return undefined;
  const continuing = typed.text !== '' && now - typed.at < TYPE_AHEAD_PAUSE;
  if (key.trim() === '' && !continuing) return undefined;
  return { text: continuing ? typed.text + key : key, at: now };
}

/**
 * The position of the option to move to for `text`, or -1 when no option's name starts with it.
 * The search wraps around the `count` options and starts after the `active` one (-1: none), or at
 * the active one itself while a longer text is typed, so that "b", "be" stays on "Berg" rather
 * than jumping on to "Bergen". `nameAt(position)` gives an option's name folded by `foldForSearch`
 * (leading spaces are ignored; '' for an option that cannot be chosen).
 */
export function typeAheadMatch(
  text: string,
  count: number,
  active: number,
  nameAt: (position: number) => string,
  locale?: string,
): number {
  const folded = foldForSearch(text, locale);
  const characters = [...folded];
  const first = characters[0];
  if (first === undefined || count <= 0) return -1;
  // "bbb" cycles through the b's: unless something starts with "bbb", which a user who types it
  // (in a list of codes, say) means.
  const repeated = characters.length > 1 && characters.every((character) => character === first);
  const starts = (prefix: string) => {
    const from = active < 0 ? 0 : active + (prefix.length === first.length ? 1 : 0);
    for (let step = 0; step < count; step++) {
      const position = (from + step) % count;
      if (nameAt(position).trimStart().startsWith(prefix)) return position;
    }
    return -1;
  };
  const found = starts(folded);
  return found < 0 && repeated ? starts(first) : found;
}
