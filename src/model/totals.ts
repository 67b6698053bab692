/**
 * Sums for group headings and the totals row of lists: amount and weighted amount added up per
 * currency, because adding NOK to EUR gives a number that means nothing. Reads defensively, like
 * sort.ts, so it can run over host data that is not normalized yet.
 */
import type { Sale } from './types.js';

/** The sums of one currency. `currency` is `''` for sales without one. */
export interface CurrencySum {
  currency: string;
  /** Sum of the amounts of the sales with an amount. */
  amount: number;
  /** Sum of `amount * probability / 100` of the sales with both. */
  weightedAmount: number;
  /** How many sales of this currency had an amount. */
  count: number;
}

export interface SaleTotals {
  /** Every sale counted, with or without an amount. */
  count: number;
  /** One entry per currency, ordered by currency code (no currency last). */
  sums: CurrencySum[];
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const isUpperLetter = (code: number): boolean => code >= 65 && code <= 90;

/** An ISO 4217-shaped code (three capital letters), else `''`. Runs once per sale: no regex. */
const currencyOf = (value: unknown): string =>
  typeof value === 'string' &&
  value.length === 3 &&
  isUpperLetter(value.charCodeAt(0)) &&
  isUpperLetter(value.charCodeAt(1)) &&
  isUpperLetter(value.charCodeAt(2))
    ? value
    : '';

/** Sums per currency in a stable order: by code, sales without a currency last. */
function ordered(sums: Map<string, CurrencySum>): CurrencySum[] {
  return [...sums.values()]
    .map((sum) => ({
      ...sum,
      // Adding many decimals drifts (0.1 + 0.2); 15 significant digits is what a double holds.
      amount: Number(sum.amount.toPrecision(15)),
      weightedAmount: Number(sum.weightedAmount.toPrecision(15)),
    }))
    .sort((a, b) => (a.currency === '' ? 1 : b.currency === '' ? -1 : a.currency < b.currency ? -1 : 1));
}

/**
 * Sums sales one at a time, for a caller that reads every sale anyway (grouping does): `totalsOf`
 * without a second pass. Most lists have one currency, so the last one is kept at hand.
 */
export class TotalsAccumulator {
  private readonly sums = new Map<string, CurrencySum>();
  private lastRaw: unknown = undefined;
  private last: CurrencySum | undefined;

  add(sale: Sale): void {
    if (!sale || typeof sale !== 'object') return;
    const amount: unknown = sale.amount;
    if (!isFiniteNumber(amount)) return;
    const raw: unknown = sale.currency;
    let sum = this.last;
    if (sum === undefined || raw !== this.lastRaw) {
      const currency = currencyOf(raw);
      sum = this.sums.get(currency);
      if (!sum) {
        sum = { currency, amount: 0, weightedAmount: 0, count: 0 };
        this.sums.set(currency, sum);
      }
      this.last = sum;
      this.lastRaw = raw;
    }
    sum.amount += amount;
    sum.count += 1;
    // weightedAmount() of money.ts, without rounding each product: the sum is rounded once (ordered).
    const probability: unknown = sale.probability;
    if (isFiniteNumber(probability)) {
      const weighted = (amount * probability) / 100;
      if (Number.isFinite(weighted)) sum.weightedAmount += weighted;
    }
  }

  /** The sums so far, rounded and ordered. */
  sumsSoFar(): CurrencySum[] {
    return ordered(this.sums);
  }
}

/** The count and per-currency sums of `sales`. Never throws on bad entries; they count but add nothing. */
export function totalsOf(sales: readonly Sale[]): SaleTotals {
  const totals = new TotalsAccumulator();
  for (let index = 0; index < sales.length; index++) totals.add(sales[index]!);
  return { count: sales.length, sums: totals.sumsSoFar() };
}

/**
 * The totals of sales already summed in parts (the groups of a list): the parts' sums added per
 * currency, so the whole list is not read again.
 */
export function combineTotals(parts: readonly { count: number; sums: readonly CurrencySum[] }[]): SaleTotals {
  const sums = new Map<string, CurrencySum>();
  let count = 0;
  for (const part of parts) {
    count += part.count;
    for (const { currency, amount, weightedAmount, count: summed } of part.sums) {
      const sum = sums.get(currency);
      if (sum) {
        sum.amount += amount;
        sum.weightedAmount += weightedAmount;
        sum.count += summed;
      } else sums.set(currency, { currency, amount, weightedAmount, count: summed });
    }
  }
  return { count, sums: ordered(sums) };
}
