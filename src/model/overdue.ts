/**
 * "Overdue": the red rows of the selection panel and lists and the red Next activity date. `today`
 * is passed in so that results do not depend on the clock or the time zone of the machine.
 */
import { isDayBefore, toIsoDay } from './dates.js';
import type { Activity, Sale } from './types.js';

/** The fields that decide "overdue"; lists pass lighter member objects than a whole `Sale`. */
export type OverdueFields = Pick<Sale, 'status'> &
  Partial<Pick<Sale, 'saleDate' | 'nextActivity' | 'activities' | 'reopenDate'>>;

/**
 * The oldest activity that is not done: `nextActivity` or the earliest such entry of `activities`.
 * Activities without a valid date are skipped; on the same day `nextActivity` wins.
 */
export function nextActivityOf(
  sale: Partial<Pick<Sale, 'nextActivity' | 'activities'>>,
): Activity | undefined {
  // Hosts may pass unnormalized members, so nothing here trusts the types.
  const activities: unknown[] = Array.isArray(sale.activities) ? sale.activities : [];
  let next: Activity | undefined;
  let nextDay: string | undefined;
  for (const activity of [sale.nextActivity, ...activities] as (Activity | undefined | null)[]) {
    if (!activity || typeof activity !== 'object' || activity.done === true) continue;
    const day = toIsoDay(activity.date);
    if (day !== undefined && (nextDay === undefined || day < nextDay)) {
      next = activity;
      nextDay = day;
    }
  }
  return next;
}

/**
 * True for an open sale whose sale date or next undone activity lies before `today`, and for a
 * stalled sale whose re-open date has passed. Sold and lost sales are decided, so never overdue.
 * Bad dates, a bad `today` or a bad sale give false; this never throws.
 */
export function isOverdue(sale: OverdueFields | null | undefined, today: string): boolean {
  try {
    if (!sale || typeof sale !== 'object') return false;
    switch (sale.status) {
      case 'open':
        return isDayBefore(sale.saleDate, today) || isDayBefore(nextActivityOf(sale)?.date, today);
      case 'stalled':
        return isDayBefore(sale.reopenDate, today);
      default:
        return false;
    }
  } catch {
    // A host object whose getters throw: not knowing is not overdue.
    return false;
  }
}
