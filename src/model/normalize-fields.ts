/**
 * Building blocks of `normalizeSale()`: each turns one unknown host value into a typed value (or
 * undefined) and records what it had to fix as a `DataWarning`. None of them throws. Elements that
 * take other host data (lists, stages, guides) reuse them.
 */
import { describeValue, UNREADABLE } from './describe.js';
import { parseIsoDate } from './dates.js';
import { isSaleStatus } from './status.js';
import { SALE_STATUSES, type DataWarning, type Id, type IsoDate, type SaleStatus } from './types.js';

/** Normalizes the value found at `field`, pushing one warning per problem onto `warnings`. */
export type Normalizer<T> = (value: unknown, field: string, warnings: DataWarning[]) => T;

/** Longest text kept; longer text is cut (with a warning) so one runaway value cannot slow every render. */
export const TEXT_LIMITS = {
  /** The sale title: the database column holds 219 characters. */
  title: 219,
  /** Names, labels, titles of linked records and other one-line text. */
  line: 255,
  /** Description, notes, comments: generous, because saving a cut draft would lose the rest. */
  multiline: 65_535,
} as const;

/** Longer URLs are left out rather than cut: a cut URL points somewhere else. */
export const MAX_URL_LENGTH = 2048;

/** A list reports this many problems, then one summary, so 10,000 bad rows stay readable. */
export const MAX_WARNINGS_PER_LIST = 5;

export interface TextOptions {
  maxLength?: number;
  /** Keeps tabs and line breaks; one-line text turns them into spaces. */
  multiline?: boolean;
}

// Stands in for a property whose getter (or proxy trap) threw, so it is reported like any bad value.
// Plain decimal notation only: `1 500,50` is ambiguous between locales, so it is not guessed at.
const NUMERIC_TEXT = /^\s*-?(?:\d+\.?\d*|\.\d+)\s*$/;
// Control characters are invisible and break layout; multi-line text keeps tabs and line breaks.
const CONTROL_CHARACTERS = /(?![\t\n\r])\p{Cc}/gu;
const LINE_BREAKS = /[\t\n\r]+/g;
const CURRENCY_CODE = /^[A-Z]{3}$/;

export function warn(warnings: DataWarning[], field: string, message: string): void {
  warnings.push({ field, message });
}

export function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

/** Array.isArray, except that a revoked proxy counts as not a list instead of throwing. */
export function isList(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A plain object or class instance whose properties can be read (not null, not a list). */
export function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !isList(value);
}

/** Reads one property; a getter or proxy trap that throws yields a value every normalizer rejects. */
export function readField(source: object, key: string | number): unknown {
  try {
    return (source as Record<string | number, unknown>)[key];
  } catch {
    return UNREADABLE;
  }
}

/** A usable id: a non-blank string (kept verbatim, ids are opaque) or a finite number. */
export function asId(value: unknown): Id | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return undefined;
}

/** A string that parses as an ISO date, kept exactly as given. */
export function asIsoDate(value: unknown): IsoDate | undefined {
  return typeof value === 'string' && parseIsoDate(value) ? value : undefined;
}

/** The value when it is one of `choices` (an `as const` list such as `SALE_LINK_KINDS`). */
export function asOneOf<T extends string>(choices: readonly T[]): (value: unknown) => T | undefined {
  return (value) => ((choices as readonly unknown[]).includes(value) ? (value as T) : undefined);
}

/** Cuts text to `maxLength` UTF-16 units without splitting a surrogate pair (half an emoji). */
function truncate(text: string, maxLength: number): string {
  const cut = text.slice(0, maxLength);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Text as text (never markup): control characters removed, cut at `maxLength`. A finite number is
 * converted, since nothing is lost; anything else is left out.
 */
export function normalizeText(
  value: unknown,
  field: string,
  warnings: DataWarning[],
  { maxLength = TEXT_LIMITS.line, multiline = false }: TextOptions = {},
): string | undefined {
  if (isAbsent(value)) return undefined;
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    warn(warnings, field, `expected text, got the number ${value}; converted`);
    text = String(value);
  } else {
    warn(warnings, field, `expected text, got ${describeValue(value)}; left out`);
    return undefined;
  }
  if (!multiline) text = text.replace(LINE_BREAKS, ' ');
  text = text.replace(CONTROL_CHARACTERS, '');
  if (text.length > maxLength) {
    warn(warnings, field, `longer than ${maxLength} characters (${text.length}); cut`);
    text = truncate(text, maxLength);
  }
  return text;
}

/** A text normalizer with fixed options, for use as a `Normalizer`. */
export function textNormalizer(options: TextOptions): Normalizer<string | undefined> {
  return (value, field, warnings) => normalizeText(value, field, warnings, options);
}

/** Like `normalizeText`, but missing or blank text is a problem; the result is then `''`. */
export function normalizeRequiredText(
  value: unknown,
  field: string,
  warnings: DataWarning[],
  options: TextOptions = {},
): string {
  const text = normalizeText(value, field, warnings, options);
  // Wrong-kind values were reported by normalizeText; report only what it accepted or never saw.
  if (text === undefined && !isAbsent(value)) return '';
  if (text === undefined || text.trim() === '') {
    warn(warnings, field, 'required but empty');
    return '';
  }
  return text;
}

/** The sale title: required, and no longer than the database keeps. */
export const normalizeTitle: Normalizer<string> = (value, field, warnings) =>
  normalizeRequiredText(value, field, warnings, { maxLength: TEXT_LIMITS.title });

/** Description, notes and other free text that may span lines. */
export const normalizeMultilineText = textNormalizer({ multiline: true, maxLength: TEXT_LIMITS.multiline });

/** A finite number. Plain numeric text such as `'1500'` is converted with a warning. */
export function normalizeNumber(value: unknown, field: string, warnings: DataWarning[]): number | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const converted = typeof value === 'string' && NUMERIC_TEXT.test(value) ? Number(value) : NaN;
  // Three hundred digits of text are numeric too, but convert to Infinity.
  if (Number.isFinite(converted)) {
    warn(warnings, field, `a number given as text (${describeValue(value)}); converted`);
    return converted;
  }
  warn(warnings, field, `expected a finite number, got ${describeValue(value)}; left out`);
  return undefined;
}

/** A percentage on the 0-100 scale; values outside it are clamped. */
export function normalizeProbability(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): number | undefined {
  // Collected apart so a converted and clamped value still gives one warning.
  const conversion: DataWarning[] = [];
  const number = normalizeNumber(value, field, conversion);
  if (number === undefined || (number >= 0 && number <= 100)) {
    warnings.push(...conversion);
    return number;
  }
  const clamped = number < 0 ? 0 : 100;
  warn(warnings, field, `${describeValue(value)} is outside 0-100; clamped to ${clamped}`);
  return clamped;
}

export function normalizeBoolean(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): boolean | undefined {
  if (isAbsent(value) || typeof value === 'boolean') return value ?? undefined;
  warn(warnings, field, `expected true or false, got ${describeValue(value)}; left out`);
  return undefined;
}

/**
 * An ISO date string, kept exactly as given. Date objects are refused: whether one means a calendar
 * day in local time or in UTC cannot be known, and guessing wrong shifts the day.
 */
export function normalizeDate(value: unknown, field: string, warnings: DataWarning[]): IsoDate | undefined {
  if (isAbsent(value)) return undefined;
  const date = asIsoDate(value);
  if (date === undefined) {
    warn(warnings, field, `expected an ISO date such as "2026-01-31", got ${describeValue(value)}; left out`);
  }
  return date;
}

/** An ISO 4217 code; lower case is accepted and upper-cased. */
export function normalizeCurrency(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): string | undefined {
  if (isAbsent(value)) return undefined;
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (CURRENCY_CODE.test(code)) return code;
  warn(
    warnings,
    field,
    `expected an ISO 4217 currency code such as "NOK", got ${describeValue(value)}; left out`,
  );
  return undefined;
}

/** A URL as text. Whether it may become a link (http, https, mailto) is decided where it is rendered. */
export function normalizeUrl(value: unknown, field: string, warnings: DataWarning[]): string | undefined {
  const url = normalizeText(value, field, warnings, { maxLength: Infinity });
  if (url === undefined || url.length <= MAX_URL_LENGTH) return url;
  warn(warnings, field, `longer than ${MAX_URL_LENGTH} characters; left out`);
  return undefined;
}

/**
 * The status; missing means open (a new sale). The database's codes 1-4 are read as the statuses in
 * `SALE_STATUSES` order, which is the same order.
 */
export function normalizeStatus(value: unknown, field: string, warnings: DataWarning[]): SaleStatus {
  if (isAbsent(value)) return 'open';
  if (isSaleStatus(value)) return value;
  const lowerCase = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (isSaleStatus(lowerCase)) {
    warn(warnings, field, `${describeValue(value)} read as "${lowerCase}"`);
    return lowerCase;
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= SALE_STATUSES.length) {
    const status = SALE_STATUSES[value - 1]!;
    warn(warnings, field, `database status code ${value} read as "${status}"`);
    return status;
  }
  warn(warnings, field, `unknown status ${describeValue(value)}; shown as open`);
  return 'open';
}

/**
 * A list whose items are normalized one by one; bad items are left out. Missing stays undefined, a
 * non-list becomes `[]`. At most `MAX_WARNINGS_PER_LIST` item problems are reported, then a count.
 */
export function normalizeList<T>(
  value: unknown,
  field: string,
  warnings: DataWarning[],
  normalizeItem: Normalizer<T | undefined>,
): T[] | undefined {
  if (isAbsent(value)) return undefined;
  if (!isList(value)) {
    warn(warnings, field, `expected a list, got ${describeValue(value)}; left empty`);
    return [];
  }
  const length = readField(value, 'length');
  if (typeof length !== 'number') {
    warn(warnings, field, 'the list could not be read; left empty');
    return [];
  }
  const items: T[] = [];
  const problems: DataWarning[] = [];
  for (let index = 0; index < length; index++) {
    const itemField = `${field}[${index}]`;
    const raw = readField(value, index);
    if (isAbsent(raw)) {
      warn(problems, itemField, `empty entry (${describeValue(raw)}); left out`);
      continue;
    }
    const item = normalizeItem(raw, itemField, problems);
    if (item !== undefined) items.push(item);
  }
  warnings.push(...problems.slice(0, MAX_WARNINGS_PER_LIST));
  if (problems.length > MAX_WARNINGS_PER_LIST) {
    warn(warnings, field, `${problems.length - MAX_WARNINGS_PER_LIST} more problems in this list not listed`);
  }
  return items;
}

export { describeValue };
