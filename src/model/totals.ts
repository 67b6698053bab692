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

/** Adds `sale` to `sums` (keyed by currency). */
function add(sums: Map<string, CurrencySum>, sale: Sale): void {
  if (!sale || typeof sale !== 'object' || !isFiniteNumber(sale.amount)) return;
  const currency = currencyOf(sale.currency);
  let sum = sums.get(currency);
  if (!sum) {
    sum = { currency, amount: 0, weightedAmount: 0, count: 0 };
    sums.set(currency, sum);
  }
  sum.amount += sale.amount;
  sum.count += 1;
  // weightedAmount() of money.ts, without rounding each product: the sum is rounded once (ordered).
  if (isFiniteNumber(sale.probability)) {
    const weighted = (sale.amount * sale.probability) / 100;
    if (Number.isFinite(weighted)) sum.weightedAmount += weighted;
  }
}

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

/** The count and per-currency sums of `sales`. Never throws on bad entries; they count but add nothing. */
export function totalsOf(sales: readonly Sale[]): SaleTotals {
  const sums = new Map<string, CurrencySum>();
  for (let index = 0; index < sales.length; index++) add(sums, sales[index]!);
  return { count: sales.length, sums: ordered(sums) };
}
