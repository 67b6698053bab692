/**
 * What a new sale (one without `id`) starts with, and the sale date the card fills in when the user
 * picks its sale type. Pure: the card passes in the current user, the lists and today.
 */
import { parseIsoDate } from './dates.js';
import { isNewSale } from './normalize.js';
import { chooseSaleType } from './stages.js';
import type { Ref, Sale, SaleType, Stage } from './types.js';

export interface NewSaleContext {
  /** The signed-in user, the owner of a new sale that names none. */
  currentUser?: Ref;
  /** The stages offered without a guide (a guided stage may take its probability from here). */
  stages: readonly Stage[];
}

/**
 * A new sale with its defaults: owned by the current user when it names no owner, and on the first
 * stage of its sale type's guide (with that stage's probability) when it has a guided type and no
 * stage. A sale with an `id` is returned as it is.
 */
export function withNewSaleDefaults<T extends Sale>(sale: T, context: NewSaleContext): T {
  if (!isNewSale(sale)) return sale;
  let next = sale;
  if (!next.owner && context.currentUser) next = { ...next, owner: context.currentUser };
  if (!next.stage && next.saleType?.guide?.stages.length) {
    next = chooseSaleType(next, next.saleType, context.stages);
  }
  return next;
}

/** `day` (`YYYY-MM-DD`) plus `days` calendar days, or undefined when `day` is not a date. */
export function addDays(day: string, days: number): string | undefined {
  const date = parseIsoDate(day);
  if (!date) return undefined;
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The sale date a sale type suggests: `today` plus its `duration` in days; undefined without one. */
export function defaultSaleDate(saleType: SaleType | undefined, today: string): string | undefined {
  const duration = saleType?.duration;
  return duration === undefined ? undefined : addDays(today, duration);
}

/**
 * The sale after the user picks another sale type (see `chooseSaleType`). For a new sale the sale
 * date also follows the type: today plus the type's duration, while the date is still empty or
 * still the one the previous type suggested (a date the user chose stays).
 */
export function chooseSaleTypeWithDefaults<T extends Sale>(
  sale: T,
  saleType: SaleType | undefined,
  stages: readonly Stage[],
  today: string,
): T {
  const next = chooseSaleType(sale, saleType, stages);
  if (!isNewSale(sale)) return next;
  const suggested = defaultSaleDate(saleType, today);
  const untouched = !sale.saleDate || sale.saleDate === defaultSaleDate(sale.saleType, today);
  if (suggested && untouched) next.saleDate = suggested;
  return next;
}
