/**
 * SuperOffice's date-times (`2018-02-18T14:28:27.2114406+01:00`) to and from our ISO dates, and
 * the HTTP date that `If-Unmodified-Since` carries.
 */
import { parseIsoDate } from '../model/dates.js';

// Date, then optionally time (fractions of any length, SuperOffice sends seven digits) and offset.
const ENTITY_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

/**
 * SuperOffice has no empty date: an unset one arrives as `0001-01-01T00:00:00`, as OLE's day zero
 * `1899-12-30`, or as SQL Server's `1753-01-01`. No sale is dated before 1900.
 */
const FIRST_REAL_DAY = '1900-01-01';

interface EntityDateTime {
  day: string;
  /** Milliseconds since the epoch; the offset is applied, a missing offset is read as UTC. */
  time: number;
}

function parseEntityDateTime(value: unknown): EntityDateTime | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const match = ENTITY_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, day, hours = '00', minutes = '00', seconds = '00', fraction = '', zone, zoneHours, zoneMinutes] =
    match;
  const date = parseIsoDate(day);
  if (!date || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  if (zone && zone !== 'Z' && (Number(zoneHours) > 14 || Number(zoneMinutes) > 59)) return undefined;
  const offsetMinutes =
    !zone || zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zoneHours) * 60 + Number(zoneMinutes));
  const milliseconds = Math.floor(Number(`0${fraction}`) * 1000);
  const time =
    date.getTime() +
    ((Number(hours) * 60 + Number(minutes) - offsetMinutes) * 60 + Number(seconds)) * 1000 +
    milliseconds;
  return { day: day!, time };
}

/** True for SuperOffice's stand-ins for "no date" (see `FIRST_REAL_DAY`). */
export function isNoDate(value: unknown): boolean {
  const parsed = parseEntityDateTime(value);
  return parsed !== undefined && parsed.day < FIRST_REAL_DAY;
}

/**
 * The calendar date (`YYYY-MM-DD`) of a SuperOffice date-time IN ITS OWN OFFSET: the day the user
 * who saved it saw, so `2018-02-18T23:28:27+01:00` is 18 February wherever it is read. Undefined
 * for SuperOffice's "no date" values and for anything that is not such a date-time.
 */
export function calendarDate(offsetDateTime: unknown): string | undefined {
  const parsed = parseEntityDateTime(offsetDateTime);
  return parsed && parsed.day >= FIRST_REAL_DAY ? parsed.day : undefined;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (value: number, length = 2): string => String(value).padStart(length, '0');

/**
 * The HTTP date (RFC 7231 IMF-fixdate, `Tue, 08 Mar 2016 13:28:27 GMT`) of an ISO date-time, for
 * `If-Unmodified-Since`. HTTP dates have whole seconds, so the fraction is dropped (rounded down:
 * the server compares at one-second resolution). A date-time without an offset is UTC, as
 * SuperOffice documents `UpdatedDate`. Undefined for "no date" values and anything unreadable.
 */
export function httpDate(isoDateTime: unknown): string | undefined {
  const parsed = parseEntityDateTime(isoDateTime);
  if (!parsed || parsed.day < FIRST_REAL_DAY) return undefined;
  const date = new Date(parsed.time);
  const year = date.getUTCFullYear();
  if (year > 9999) return undefined;
  return (
    `${WEEKDAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${pad(year, 4)} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} GMT`
  );
}

/** `+01:00` for 60 minutes east of UTC. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** Midnight of `day` (a Date at midnight UTC) in the browser's time zone; years 0-99 stay years 0-99. */
function localMidnight(day: Date): Date {
  const local = new Date(0);
  local.setFullYear(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  local.setHours(0, 0, 0, 0);
  return local;
}

/**
 * A calendar date (`2026-03-05`, or the day of a full ISO timestamp) as the date-time SuperOffice
 * stores: midnight of that day at `offsetMinutes` east of UTC (default: the browser's offset on that
 * day), so `calendarDate` reads back the same day. Undefined for anything that is not a date.
 */
export function entityDate(isoDate: unknown, offsetMinutes?: number): string | undefined {
  if (typeof isoDate !== 'string') return undefined;
  const day = isoDate.trim().slice(0, 10);
  const date = parseIsoDate(day);
  if (!date || !parseIsoDate(isoDate)) return undefined;
  const offset =
    offsetMinutes !== undefined && Number.isInteger(offsetMinutes) && Math.abs(offsetMinutes) <= 14 * 60
      ? offsetMinutes
      : -localMidnight(date).getTimezoneOffset();
  return `${day}T00:00:00${formatOffset(offset)}`;
}
