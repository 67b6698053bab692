// @ts-check
// Date helpers of the demo backend: calendar days (YYYY-MM-DD), SuperOffice's timestamps with an
// offset, and HTTP dates (whole seconds, for If-Unmodified-Since and Last-Modified).

const DAY = 86_400_000;

/** The UTC calendar day of a time, YYYY-MM-DD. @param {number} ms */
export const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** `day` plus `days` days. @param {string} day YYYY-MM-DD @param {number} days */
export const addDays = (day, days) => isoDay(Date.parse(`${day}T00:00:00Z`) + days * DAY);

/** A calendar day as SuperOffice sends it: midnight with an offset (the calendar date in that offset is the day). @param {string | null} day */
export const dayAsDateTime = (day) => (day ? `${day}T00:00:00+00:00` : null);

/** A time as SuperOffice sends UpdatedDate: ISO 8601 in UTC with milliseconds and an explicit offset. @param {number} ms */
export const timestamp = (ms) => new Date(ms).toISOString().replace('Z', '+00:00');

/** Whole seconds, the resolution of an HTTP date. @param {number} ms */
export const toSeconds = (ms) => Math.floor(ms / 1000);

/** The HTTP date of a time (IMF-fixdate). @param {number} ms */
export const httpDate = (ms) => new Date(ms).toUTCString();

/**
 * The calendar day of a date the client sent: `YYYY-MM-DD`, or a timestamp whose calendar date (in
 * its own offset) is the day. Anything else is `undefined`.
 * @param {unknown} value
 */
export function parseDay(value) {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  // Month 13 or day 32 parses to NaN (which isoDay cannot format); Feb 30 to another day.
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(time) && isoDay(time) === day ? day : undefined;
}
