/**
 * The members of a selection (the sales a salesperson walks one by one): which entries are usable,
 * lenient normalization of one member for display, search over title and company, "skip completed",
 * and the neighbour a Previous/Next button goes to. Written for selections of 100,000 members: an
 * unfiltered list needs no pass over its members at all; a search or "skip completed" makes one
 * pass that reads a few properties per member; everything else happens per rendered row.
 */
import { nextActivityOf } from './overdue.js';
import { isCompleted } from './status.js';
import {
  asId,
  describeValue,
  isAbsent,
  isRecord,
  normalizeBoolean,
  normalizeCurrency,
  normalizeDate,
  normalizeList,
  normalizeNumber,
  normalizeStatus,
  normalizeText,
  normalizeTitle,
  readField,
  warn,
} from './normalize-fields.js';
import { normalizeActivity } from './normalize-records.js';
import type { Activity, DataWarning, Id, IsoDate, Ref, Sale, SaleStatus } from './types.js';

/**
 * What a host may pass as a member: a whole `Sale`, or a lighter object with at least `id` and
 * `title`. `company` may also be given as its name alone.
 */
export type MemberInput = Pick<Sale, 'id' | 'title'> &
  Partial<
    Pick<
      Sale,
      'status' | 'done' | 'amount' | 'currency' | 'saleDate' | 'nextActivity' | 'activities' | 'reopenDate'
    >
  > & { company?: Ref | string };

/** One member as the selection panel shows it. */
export interface Member {
  id: Id;
  /** `''` when the host gave none (shown as a placeholder). */
  title: string;
  status: SaleStatus;
  /** The Completed flag; meaningful only for sold and lost sales. */
  done: boolean;
  /** The company's name. */
  company?: string;
  amount?: number;
  currency?: string;
  saleDate?: IsoDate;
  /** The oldest follow-up that is not done, from `nextActivity` or `activities`. */
  nextActivity?: Activity;
  reopenDate?: IsoDate;
}

/** The id of a usable member (an object with a text or finite-number `id`), else undefined. */
export function memberIdOf(value: unknown): Id | undefined {
  return isRecord(value) ? asId(readField(value, 'id')) : undefined;
}

/** Whether two ids name the same record: `1041` and `'1041'` do, since attributes are text. */
export function sameId(a: unknown, b: unknown): boolean {
  if (a === b) return asId(a) !== undefined;
  const idA = asId(a);
  const idB = asId(b);
  return idA !== undefined && idB !== undefined && String(idA) === String(idB);
}

/** A company as its name: a `{ id, name }` reference (the id may be missing here) or plain text. */
function normalizeCompanyName(value: unknown, field: string, warnings: DataWarning[]): string | undefined {
  if (isRecord(value)) return normalizeText(readField(value, 'name'), `${field}.name`, warnings);
  if (typeof value === 'string') return normalizeText(value, field, warnings);
  if (!isAbsent(value)) {
    warn(
      warnings,
      field,
      `expected a company { id, name } or its name, got ${describeValue(value)}; left out`,
    );
  }
  return undefined;
}

/**
 * One member for display, read leniently: only the fields the panel shows, each normalized on its
 * own, so a bad date costs that date and not the row. Undefined (with a warning) when the value is
 * no object with an id. Never throws.
 */
export function normalizeMember(value: unknown, field: string, warnings: DataWarning[]): Member | undefined {
  if (!isRecord(value)) {
    warn(warnings, field, `expected a member { id, title }, got ${describeValue(value)}; left out`);
    return undefined;
  }
  const read = (key: string) => readField(value, key);
  const at = (key: string) => `${field}.${key}`;
  const id = asId(read('id'));
  if (id === undefined) {
    warn(
      warnings,
      at('id'),
      `expected an id (text or a finite number), got ${describeValue(read('id'))}; left out`,
    );
    return undefined;
  }
  const member: Member = {
    id,
    title: normalizeTitle(read('title'), at('title'), warnings),
    status: normalizeStatus(read('status'), at('status'), warnings),
    done: normalizeBoolean(read('done'), at('done'), warnings) ?? false,
  };
  const company = normalizeCompanyName(read('company'), at('company'), warnings);
  const amount = normalizeNumber(read('amount'), at('amount'), warnings);
  const currency = normalizeCurrency(read('currency'), at('currency'), warnings);
  const saleDate = normalizeDate(read('saleDate'), at('saleDate'), warnings);
  const reopenDate = normalizeDate(read('reopenDate'), at('reopenDate'), warnings);
  const nextActivity = nextActivityOf({
    nextActivity: normalizeActivity(read('nextActivity'), at('nextActivity'), warnings),
    activities: normalizeList(read('activities'), at('activities'), warnings, normalizeActivity),
  });
  if (company !== undefined) member.company = company;
  if (amount !== undefined) member.amount = amount;
  if (currency !== undefined) member.currency = currency;
  if (saleDate !== undefined) member.saleDate = saleDate;
  if (reopenDate !== undefined) member.reopenDate = reopenDate;
  if (nextActivity !== undefined) member.nextActivity = nextActivity;
  return member;
}

/**
 * Whether "Skip completed sales" hides the member: completed as `isCompleted` says (sold or lost,
 * "fullførte salg (solgte eller tapte)"), so the panel and the card agree. Reads the raw object
 * with the same leniency as `normalizeMember` (status codes 1-4, any letter case).
 */
export function isCompletedMember(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return isCompleted({ status: normalizeStatus(readField(value, 'status'), 'status', []) });
}

/** A locale Intl accepts, else undefined (the default); a malformed `lang` must not throw. */
function usableLocale(locale: string | undefined): string | undefined {
  try {
    return Intl.getCanonicalLocales(locale ?? [])[0];
  } catch {
    return undefined;
  }
}

/**
 * Text folded for matching: composed (NFC, so "å" typed and "å" stored as a + ring match), lower
 * case by the rules of `locale` (Turkish dotted and dotless i, for one). Letters with marks stay
 * distinct, because in Norwegian "å" and "a" are different letters.
 */
export function foldForSearch(text: string, locale?: string): string {
  return text.normalize('NFC').toLocaleLowerCase(usableLocale(locale));
}

/** The words of a search, folded; an empty list means "no search". */
export function searchWords(search: string | null | undefined, locale?: string): string[] {
  if (typeof search !== 'string') return [];
  return foldForSearch(search, locale).split(/\s+/u).filter(Boolean);
}

/** A raw title or company name as text, without warnings (display normalization warns instead). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

// Folding 100,000 titles costs tens of milliseconds, so each member's text is folded once per
// locale; the cache lets go of members the host drops.
const searchTexts = new Map<string, WeakMap<object, string>>();

/** The folded title and company name of a member (an object), cached per member object and locale. */
export function memberSearchText(member: object, locale?: string): string {
  const key = usableLocale(locale) ?? '';
  let cache = searchTexts.get(key);
  if (!cache) {
    cache = new WeakMap();
    searchTexts.set(key, cache);
  }
  let text = cache.get(member);
  if (text === undefined) {
    const company = readField(member, 'company');
    const companyName = isRecord(company) ? readField(company, 'name') : company;
    text = foldForSearch(`${textOf(readField(member, 'title'))}\n${textOf(companyName)}`, locale);
    cache.set(member, text);
  }
  return text;
}

export interface MemberFilter {
  /** Words that must all occur in the title or the company name, in any letter case. */
  search?: string;
  /** Leaves out completed members: sold and lost, as `isCompleted` says. */
  skipCompleted?: boolean;
  /** The language whose case rules fold the text, such as `nb-NO`. */
  locale?: string;
}

/**
 * The indices (ascending) of the members that have an id and pass `filter`, or null when nothing
 * filters: then every entry is shown, in place, and no pass over the list is needed at all.
 */
export function filterMembers(
  members: readonly unknown[],
  { search, skipCompleted = false, locale }: MemberFilter = {},
): number[] | null {
  const words = searchWords(search, locale);
  if (words.length === 0 && !skipCompleted) return null;
  const indices: number[] = [];
  for (let index = 0; index < members.length; index++) {
    const member = members[index];
    if (memberIdOf(member) === undefined) continue;
    if (skipCompleted && isCompletedMember(member)) continue;
    if (words.length > 0) {
      const text = memberSearchText(member as object, locale);
      if (!words.every((word) => text.includes(word))) continue;
    }
    indices.push(index);
  }
  return indices;
}

/**
 * Where member index `memberIndex` sits in `indices` (ascending), or -1 when it is not there.
 * Binary search: the shown list of a large selection is long.
 */
export function positionOf(indices: readonly number[], memberIndex: number): number {
  let low = 0;
  let high = indices.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = indices[middle]!;
    if (value === memberIndex) return middle;
    if (value < memberIndex) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export const NEIGHBOUR_DIRECTIONS = ['previous', 'next'] as const;
export type NeighbourDirection = (typeof NEIGHBOUR_DIRECTIONS)[number];

/**
 * The member index Previous or Next goes to from member index `from`, among the shown `indices`
 * (ascending): the nearest one after (or before) it, even when `from` itself is filtered out.
 * From nowhere (`from` < 0), Next gives the first and Previous the last. Undefined at either end.
 */
export function neighbourIndex(
  indices: readonly number[],
  from: number,
  direction: NeighbourDirection,
): number | undefined {
  if (from < 0) return direction === 'next' ? indices[0] : indices[indices.length - 1];
  // The first position whose member index is greater than `from`.
  let low = 0;
  let high = indices.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (indices[middle]! <= from) low = middle + 1;
    else high = middle;
  }
  if (direction === 'next') return indices[low];
  const before = indices[low - 1] === from ? low - 2 : low - 1;
  return before >= 0 ? indices[before] : undefined;
}

/**
 * Like `neighbourIndex` over a whole, unfiltered list: the nearest member after (or before) `from`
 * that has an id, scanning only as far as the first one found.
 */
export function adjacentMemberIndex(
  members: readonly unknown[],
  from: number,
  direction: NeighbourDirection,
): number | undefined {
  const step = direction === 'next' ? 1 : -1;
  const start = from >= 0 ? from + step : direction === 'next' ? 0 : members.length - 1;
  for (let index = start; index >= 0 && index < members.length; index += step) {
    if (memberIdOf(members[index]) !== undefined) return index;
  }
  return undefined;
}

/**
 * The index in `members` of the first member whose id is `id` (`1041` matches `'1041'`), or -1.
 * `hint`, a previous answer, is checked first, so repeated look-ups while the list is unchanged
 * cost nothing.
 */
export function indexOfMember(members: readonly unknown[], id: unknown, hint = -1): number {
  const wanted = asId(id);
  if (wanted === undefined) return -1;
  if (hint >= 0 && hint < members.length && sameId(memberIdOf(members[hint]), wanted)) return hint;
  // Ids of the same type compare directly; only a number against text needs converting.
  const text = String(wanted);
  for (let index = 0; index < members.length; index++) {
    const candidate = memberIdOf(members[index]);
    if (candidate === wanted) return index;
    if (candidate !== undefined && typeof candidate !== typeof wanted && String(candidate) === text)
      return index;
  }
  return -1;
}
