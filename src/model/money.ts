/**
 * Derived money figures (Details tab and list columns) and the Details-tab rule that editing one of
 * cost, profit or profit % recalculates the other two from the amount.
 */
import type { Sale } from './types.js';

/** Cost, profit and profit % of a sale; undefined where a figure cannot be derived. */
export interface ProfitFigures {
  cost: number | undefined;
  profit: number | undefined;
  profitPercent: number | undefined;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Rounds away binary floating-point noise (1500 - 1200.1 = 299.90000000000009) so drafts do not
 * save it; 15 significant digits is what a double holds reliably. Non-finite results are undefined.
 */
function tidy(value: number): number | undefined {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : undefined;
}

function percentOf(part: number | undefined, amount: number | undefined): number | undefined {
  // A profit % of nothing means nothing: amount 0 gives no percentage rather than Infinity.
  if (!isFiniteNumber(part) || !isFiniteNumber(amount) || amount === 0) return undefined;
  return tidy((part / amount) * 100);
}

/** `amount - cost`, or undefined when either is missing. */
export function profit(sale: Partial<Pick<Sale, 'amount' | 'cost'>>): number | undefined {
  const { amount, cost } = sale;
  return isFiniteNumber(amount) && isFiniteNumber(cost) ? tidy(amount - cost) : undefined;
}

/** `profit / amount * 100`, or undefined when there is no profit or the amount is 0. */
export function profitPercent(sale: Partial<Pick<Sale, 'amount' | 'cost'>>): number | undefined {
  return percentOf(profit(sale), sale.amount);
}

/** `amount * probability / 100`: the forecast value shown in lists. */
export function weightedAmount(sale: Partial<Pick<Sale, 'amount' | 'probability'>>): number | undefined {
  const { amount, probability } = sale;
  return isFiniteNumber(amount) && isFiniteNumber(probability)
    ? tidy((amount * probability) / 100)
    : undefined;
}

/**
 * After the user edits the cost (or the amount, which keeps the cost): profit and profit % follow.
 */
export function recalculateFromCost(amount: number | undefined, cost: number | undefined): ProfitFigures {
  const profitValue = profit({ amount, cost });
  return {
    cost: isFiniteNumber(cost) ? cost : undefined,
    profit: profitValue,
    profitPercent: percentOf(profitValue, amount),
  };
}

/** After the user edits the profit: cost and profit % follow. */
export function recalculateFromProfit(
  amount: number | undefined,
  profitValue: number | undefined,
): ProfitFigures {
  if (!isFiniteNumber(profitValue)) return { cost: undefined, profit: undefined, profitPercent: undefined };
  return {
    cost: isFiniteNumber(amount) ? tidy(amount - profitValue) : undefined,
    profit: profitValue,
    profitPercent: percentOf(profitValue, amount),
  };
}

/**
 * After the user edits the profit %: cost and profit follow. Without an amount (or with 0) a
 * percentage fixes neither, so both are undefined and the percentage is kept as typed.
 */
export function recalculateFromProfitPercent(
  amount: number | undefined,
  percent: number | undefined,
): ProfitFigures {
  if (!isFiniteNumber(percent)) return { cost: undefined, profit: undefined, profitPercent: undefined };
  if (!isFiniteNumber(amount) || amount === 0) {
    return { cost: undefined, profit: undefined, profitPercent: percent };
  }
  const profitValue = tidy((amount * percent) / 100);
  return {
    cost: profitValue === undefined ? undefined : tidy(amount - profitValue),
    profit: profitValue,
    profitPercent: percent,
  };
}
