/** The one reading of an element's `today` property, shared by every element that judges "overdue". */
import { describeValue } from './describe.js';
import { localToday, toIsoDay } from './dates.js';
import type { DataWarning } from './types.js';

export interface ResolvedToday {
  /** The day to judge against, `YYYY-MM-DD`. */
  readonly today: string;
  /** Set when `value` was given but is not a date; the real date is used instead. */
  readonly warning?: DataWarning;
}

/**
 * `today` as an ISO day. Unset (`undefined`, `null`, `''`) means the real date in the user's time
 * zone, silently; anything that is not a date gives the real date and a warning naming the field.
 * The real date is read on every call, as it changes while a page stays open.
 */
export function resolveToday(value: unknown, now?: Date): ResolvedToday {
  if (value === undefined || value === null || value === '') return { today: localToday(now) };
  const day = toIsoDay(value);
  if (day !== undefined) return { today: day };
  return {
    today: localToday(now),
    warning: {
      field: 'today',
      message: `expected an ISO date such as "2026-01-31", got ${describeValue(value)}; using the real date`,
    },
  };
}
