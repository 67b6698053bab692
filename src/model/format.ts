/**
 * Locale-aware formatting of money, numbers, percentages and dates with `Intl`. Formatters are
 * cached per locale and options because constructing one costs far more than using it, and lists
 * format thousands of cells.
 */
import { parseIsoDate } from './dates.js';
import { PLACEHOLDER } from './placeholder.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
// Without it -0.001 shows as "-0". 'negative' is ES2023, newer than the ES2022 lib types.
const HIDE_NEGATIVE_ZERO = { signDisplay: 'negative' } as unknown as Intl.NumberFormatOptions;

/** The locale when Intl accepts it, else English: a malformed `lang` must not break rendering. */
function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(usableLocale(locale), { ...HIDE_NEGATIVE_ZERO, ...options });
    numberFormats.set(key, format);
  }
  return format;
}

/** A fraction-digit count Intl accepts (0-20); anything else means the default of 2. */
function fractionDigits(value: number): number {
  return Number.isFinite(value) ? Math.min(20, Math.max(0, Math.trunc(value))) : 2;
}

function isValidCurrency(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency);
}

/** A plain number in the locale's grouping, or the placeholder when there is none. */
export function formatNumber(
  value: number | undefined | null,
  locale: string,
  maximumFractionDigits = 2,
): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return PLACEHOLDER;
  return numberFormat(locale, { maximumFractionDigits: fractionDigits(maximumFractionDigits) }).format(value);
}

/**
 * An amount with its currency code (`1 500 NOK` in nb, `NOK 1,500` in en). Without a valid ISO 4217
 * currency the amount is shown as a plain number rather than guessed.
 */
export function formatMoney(
  amount: number | undefined | null,
  currency: string | undefined | null,
  locale: string,
): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return PLACEHOLDER;
  if (typeof currency !== 'string' || !isValidCurrency(currency)) return formatNumber(amount, locale);
  return numberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

/** A percentage given on the 0-100 scale the model uses (`25` -> `25 %` in nb, `25%` in en). */
export function formatPercent(value: number | undefined | null, locale: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return PLACEHOLDER;
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A calendar date in the locale's short style, or the placeholder for a missing or bad date. */
export function formatDate(iso: string | undefined | null, locale: string): string {
  const date = parseIsoDate(iso);
  return date ? dateFormat(locale, 'medium').format(date) : PLACEHOLDER;
}

/** A `YYYY-MM` month as the locale writes it ("May 2025", "mai 2025"), for month group headings. */
export function formatMonth(month: string, locale: string): string {
  const date = parseIsoDate(`${month}-01`);
  return date ? dateFormat(locale, 'month').format(date) : PLACEHOLDER;
}

/** The plural category of a count in the locale (`one` or `other` in en and nb), with cached rules. */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(usableLocale(locale));
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

function dateFormat(locale: string, style: 'medium' | 'month'): Intl.DateTimeFormat {
  const key = `${style}|${locale}`;
  let format = dateFormats.get(key);
  if (!format) {
    // UTC: the ISO date is a calendar day, so no time zone may shift it to the day before.
    const options: Intl.DateTimeFormatOptions =
      style === 'medium' ? { dateStyle: 'medium' } : { month: 'long', year: 'numeric' };
    format = new Intl.DateTimeFormat(usableLocale(locale), { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Builds the number and date formatters a first render in `locale` needs. The first Intl formatter a
 * page builds loads the browser's locale data, which takes tens of milliseconds in Chromium (README,
 * "Idle-time preparation"); later ones take a fraction of a millisecond. Elements call this when the page is idle (see prepare/warm-up.ts) so that
 * the cost is not paid inside the frame that first shows a sale.
 */
export function warmUpFormatters(locale: string): void {
  formatNumber(0, locale);
  formatPercent(0, locale);
  formatDate('2000-01-01', locale);
}

export { PLACEHOLDER };
