/**
 * The sales list's rehearsal render (see rehearse.ts): a few made-up sales grouped by stage, so the
 * rehearsal passes through the group heading, data row, overdue and totals templates.
 */
import type { SaleList } from '../elements/sale-list/sale-list.js';
import { REHEARSAL_SALES } from './rehearsal-sale.js';
import type { Rehearsal } from './rehearse.js';

export const saleListRehearsal: Rehearsal<SaleList> = {
  cast(list) {
    list.today = '2025-06-15';
    list.groupBy = 'stage';
    list.sales = REHEARSAL_SALES;
  },
};
