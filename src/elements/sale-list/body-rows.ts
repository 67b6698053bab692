/**
 * One row of the list's body: a sale's data row (red and saying "Overdue" when it is), a group
 * heading, or the empty row.
 */
import { html, type TemplateResult } from 'lit';
import type { GridController } from '../../grid/grid-controller.js';
import { renderDataRow, renderSpanningRow } from '../../grid/render-grid.js';
import type { GridColumn } from '../../grid/types.js';
import type { GroupBy } from '../../model/group.js';
import { isOverdue } from '../../model/overdue.js';
import type { SaleColumn } from '../../model/sort.js';
import type { Sale } from '../../model/types.js';
import { overdueCells, withOverdueWord, type ColumnContext } from './columns.js';
import { EmptyRow, GroupRow, type BodyItem, type SaleRows } from './list-model.js';
import { renderGroupHeading } from './summary-rows.js';

/** What every body row of one render shares. */
export interface BodyRowContext {
  grid: GridController;
  columns: readonly GridColumn<Sale>[];
  visible: readonly SaleColumn[];
  rows: SaleRows;
  groupBy: GroupBy;
  today: string;
  t: ColumnContext['t'];
  locale: string;
}

/** The columns with the overdue word in the row header, made once per render's columns. */
const columnsWithWord = new WeakMap<readonly GridColumn<Sale>[], GridColumn<Sale>[]>();

/** Body row `item` at `rowIndex` (1-based among all the grid's rows, the header row being 1). */
export function renderBodyRow(item: BodyItem, rowIndex: number, context: BodyRowContext): TemplateResult {
  const { grid, columns, rows, today } = context;
  if (item instanceof EmptyRow || item instanceof GroupRow) {
    const spanning = { key: item.key, rowIndex, colspan: columns.length };
    return item instanceof EmptyRow
      ? renderSpanningRow(grid, {
          ...spanning,
          className: 'empty-row',
          content: html`<div class="empty">${item.text}</div>`,
        })
      : renderSpanningRow(grid, {
          ...spanning,
          role: 'rowheader',
          className: 'group-row',
          part: 'row group-row',
          content: renderGroupHeading(item.group, context.groupBy, context.t, context.locale),
        });
  }
  const sale = rows.view(item);
  const overdue = isOverdue(sale, today);
  // Never colour alone: when the user hid every column that says why, the row header says it.
  const unexplained = overdue && !overdueCells(sale, today).some((id) => context.visible.includes(id));
  let shown = columns;
  if (unexplained) {
    shown = columnsWithWord.get(columns) ?? withOverdueWord(columns, context.t);
    columnsWithWord.set(columns, shown as GridColumn<Sale>[]);
  }
  return renderDataRow(grid, {
    key: rows.keyOf(item),
    row: item,
    columns: shown,
    rowIndex,
    className: overdue ? 'overdue' : '',
  });
}
