/**
 * The list's summary rows: a group's heading (its name, count and sums per currency) and the totals
 * row of the filtered sales. Sums are never mixed across currencies.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GridController } from '../../grid/grid-controller.js';
import { renderDataRow } from '../../grid/render-grid.js';
import type { GridColumn } from '../../grid/types.js';
import { formatMoney, formatMonth, formatNumber } from '../../model/format.js';
import type { GroupBy, SaleGroup } from '../../model/group.js';
import type { CurrencySum, SaleTotals } from '../../model/totals.js';
import type { Sale } from '../../model/types.js';
import type { ColumnContext } from './columns.js';
import { TOTALS_ROW_KEY } from './list-model.js';

type Translate = ColumnContext['t'];

/** "1 sale" / "3 sales", the number in the user's locale. */
export function countText(count: number, t: Translate, locale: string): string {
  return count === 1 ? t('list.countOne') : t('list.count', { count: formatNumber(count, locale) });
}

const sumText = (sums: readonly CurrencySum[], field: 'amount' | 'weightedAmount', locale: string): string =>
  sums.map((sum) => formatMoney(sum[field], sum.currency, locale)).join(', ');

/** A group heading's content: the group's name, then its count and sums. */
export function renderGroupHeading(
  group: SaleGroup,
  groupBy: GroupBy,
  t: Translate,
  locale: string,
): TemplateResult {
  let name: string;
  if (group.value === undefined) name = t('list.none');
  else if (groupBy === 'status' || group.closed) name = t(`status.${group.value}` as 'status.open');
  else if (groupBy === 'month') name = formatMonth(group.value, locale);
  else name = group.value;
  const parts = [countText(group.count, t, locale)];
  if (group.sums.length > 0) {
    parts.push(t('list.amountSum', { value: sumText(group.sums, 'amount', locale) }));
    parts.push(t('list.weightedSum', { value: sumText(group.sums, 'weightedAmount', locale) }));
  }
  return html`<span class="group-name">${name}</span>
    <span class="group-summary">${parts.join(' · ')}</span>`;
}

/**
 * The totals row, one cell per visible column: the count in the first, the sums per currency
 * under Amount and Weighted amount.
 */
export function renderTotalsRow(
  grid: GridController,
  options: {
    totals: SaleTotals;
    columns: readonly GridColumn<Sale>[];
    rowIndex: number;
    t: Translate;
    locale: string;
  },
): TemplateResult {
  const { totals, t, locale } = options;
  const lines = (field: 'amount' | 'weightedAmount') =>
    html`<span class="sum-lines"
      >${totals.sums.map((sum) => html`<span>${formatMoney(sum[field], sum.currency, locale)}</span>`)}</span
    >`;
  const totalColumns: GridColumn<SaleTotals>[] = options.columns.map((column, index) => ({
    id: column.id,
    header: column.header,
    align: column.align ?? 'start',
    rowHeader: index === 0,
    render: () => {
      if (column.id === 'amount') return lines('amount');
      if (column.id === 'weightedAmount') return lines('weightedAmount');
      if (index === 0) return `${t('list.total')}: ${countText(totals.count, t, locale)}`;
      return nothing;
    },
  }));
  return renderDataRow(grid, {
    key: TOTALS_ROW_KEY,
    row: totals,
    columns: totalColumns,
    rowIndex: options.rowIndex,
    className: 'totals-row',
    part: 'row totals-row',
  });
}
