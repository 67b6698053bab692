/** Sale status checks shared by every element that shows or filters by status. */
import { SALE_STATUSES, type Sale, type SaleStatus } from './types.js';

export function isSaleStatus(value: unknown): value is SaleStatus {
  return typeof value === 'string' && (SALE_STATUSES as readonly string[]).includes(value);
}

/** Sold and lost sales are completed: the deal is decided either way. */
export function isCompleted(sale: Pick<Sale, 'status'>): boolean {
  return sale.status === 'sold' || sale.status === 'lost';
}
