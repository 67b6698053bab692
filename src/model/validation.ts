/** Required fields of a sale: Save stays disabled until each has a value. */
import type { Sale } from './types.js';

/** The fields a sale cannot be saved without, in the order the card shows them. */
export const REQUIRED_SALE_FIELDS = ['title', 'saleType'] as const;
export type RequiredSaleField = (typeof REQUIRED_SALE_FIELDS)[number];

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

/** The required fields that are empty (whitespace counts as empty); `[]` when the sale can be saved. */
export function missingRequiredFields(sale: Partial<Sale>): RequiredSaleField[] {
  return REQUIRED_SALE_FIELDS.filter((field) => isBlank(sale[field]));
}
