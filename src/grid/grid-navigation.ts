/**
 * The APG data-grid keyboard model as pure functions, so the controller stays small and the rules
 * are tested without a DOM: which cell a key moves to, and how a click on a sort header changes the
 * sort. https://www.w3.org/WAI/ARIA/apg/patterns/grid/
 *
 * ```ts
 * const to = moveInGrid({ row: 3, col: 2 }, 'ArrowDown', { ctrl: false }, shape);
 * if (to) focus(to.row, to.col);
 * ```
 */
import type { GridSort } from './types.js';

/** A cell position: `row` counts every row of the grid from 0 (the header row), `col` from 0. */
export interface GridPosition {
  row: number;
  col: number;
}

/** What navigation needs to know about the grid. */
export interface GridShape {
  /** Every row, the header row included. */
  rowCount: number;
  /** Focusable cells in row `row` (at least 1 for a real row). */
  cellCount(row: number): number;
  /** Rows PageUp and PageDown move by. */
  pageSize: number;
}

/** The keys the grid handles (Enter opens, which the controller handles itself). */
export const GRID_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/**
 * Where `key` moves from `from`, or undefined when the key is not a grid key or the grid is empty.
 * `preferredCol` is the column the user last chose with Left/Right/Home/End: moving up and down
 * through a row with fewer cells (a group row) and back lands in that column again. Arrow keys do
 * not wrap (APG). In right-to-left text Left and Right swap.
 */
export function moveInGrid(
  from: GridPosition,
  key: string,
  modifiers: { ctrl: boolean; rtl?: boolean },
  shape: GridShape,
  preferredCol: number = from.col,
): GridPosition | undefined {
  if (!GRID_KEYS.has(key) || shape.rowCount <= 0) return undefined;
  const lastRow = shape.rowCount - 1;
  const row = clamp(from.row, 0, lastRow);
  const lastCol = (r: number) => Math.max(0, shape.cellCount(r) - 1);
  const vertical = (to: number): GridPosition => {
    const target = clamp(to, 0, lastRow);
    return { row: target, col: clamp(preferredCol, 0, lastCol(target)) };
  };
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  const forward = horizontal && (key === 'ArrowRight') !== Boolean(modifiers.rtl);
  const col = clamp(from.col, 0, lastCol(row));
  switch (key) {
    case 'ArrowUp':
      return vertical(row - 1);
    case 'ArrowDown':
      return vertical(row + 1);
    case 'PageUp':
      return vertical(row - Math.max(1, shape.pageSize));
    case 'PageDown':
      return vertical(row + Math.max(1, shape.pageSize));
    case 'Home':
      return modifiers.ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return modifiers.ctrl ? { row: lastRow, col: lastCol(lastRow) } : { row, col: lastCol(row) };
    default:
      return { row, col: clamp(col + (forward ? 1 : -1), 0, lastCol(row)) };
  }
}

/**
 * The sort after the user activates a column's sort button: a new column sorts ascending (or
 * `firstDirection`, such as descending for amounts), the sorted column flips.
 */
export function nextSort(
  current: GridSort | undefined,
  column: string,
  firstDirection: GridSort['direction'] = 'asc',
): GridSort {
  if (current?.column === column) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { column, direction: firstDirection };
}

/** The `aria-sort` of a column header: only the sorted column carries one (APG sortable table). */
export function ariaSortOf(
  sort: GridSort | undefined,
  column: string,
): 'ascending' | 'descending' | undefined {
  if (sort?.column !== column) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}
