/** ISO calendar dates: parsing, comparing and "today" without time-zone surprises. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses `YYYY-MM-DD` or a full ISO timestamp to a Date at midnight UTC of that calendar day.
 * Returns undefined for anything else, including impossible days such as `2026-02-30`.
 */
export function parseIsoDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date;
}

/** The calendar day part (`YYYY-MM-DD`) of a valid ISO date, or undefined. */
export function toIsoDay(value: unknown): string | undefined {
  return parseIsoDate(value)?.toISOString().slice(0, 10);
}

/** Today's date in the user's time zone as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** True when calendar day `a` lies before calendar day `b`; false when either is not a date. */
export function isDayBefore(a: unknown, b: unknown): boolean {
  const dayA = toIsoDay(a);
  const dayB = toIsoDay(b);
  return dayA !== undefined && dayB !== undefined && dayA < dayB;
}
