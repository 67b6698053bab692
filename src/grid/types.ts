/**
 * Types of the shared data grid (sale-list, sale-sections' Activities and Stakeholders). A grid is
 * described by its columns; each element keeps its own rows and renders them with the functions of
 * render-grid.ts inside its own shadow root, driven by a `GridController` (grid-controller.ts).
 *
 * ```ts
 * import type { GridColumn } from '../../grid/types.js';
 *
 * const dateColumn: GridColumn<Activity> = {
 *   id: 'date',
 *   header: 'Date',                            // already in the user's language
 *   render: (activity) => formatDate(activity.date, locale),
 *   sortValue: (activity) => activity.date,    // leave out for a column that does not sort
 *   align: 'start',
 *   width: 'minmax(7rem, 0.6fr)',
 * };
 * ```
 */
import type { nothing, TemplateResult } from 'lit';

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
/** `asc`: A to Z, oldest first, smallest first. `desc`: the reverse. */
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Which column the rows are sorted by, and which way. */
export interface GridSort {
  /** A column id. */
  column: string;
  direction: SortDirection;
}

export const GRID_ALIGNS = ['start', 'center', 'end'] as const;
/** Horizontal alignment of a column's header and cells: numbers `end`, text `start`. */
export type GridAlign = (typeof GRID_ALIGNS)[number];

/** A value rows sort by: text (collated in the user's language), a number, or nothing (sorts last). */
export type SortValue = string | number | undefined;

/** What a cell renderer gets besides its row. */
export interface GridCellContext {
  /**
   * `0` for the grid's one tabbable cell, else `-1`. Only needed by an `interactive` column, whose
   * renderer puts it on its single widget (with a `data-grid-focus` attribute).
   */
  tabindex: number;
}

/** One column of a grid. `Row` is whatever the element shows per row (a sale, an activity). */
export interface GridColumn<Row> {
  /** Unique among the grid's columns; the value of `GridSort.column`. */
  id: string;
  /** The header text in the user's language (never markup). */
  header: string;
  /** The cell's content: text, or a Lit template. Text is always escaped by Lit. */
  render(row: Row, cell: GridCellContext): string | TemplateResult | typeof nothing;
  /** The value the column sorts by. Without it the header is plain text, not a sort button. */
  sortValue?(row: Row): SortValue;
  /** Default `start`. */
  align?: GridAlign;
  /** A number to add up for group and totals rows (money columns add up per currency elsewhere). */
  sum?(row: Row): number | undefined;
  /** The column's CSS grid track, such as `minmax(8rem, 1fr)` (the default). */
  width?: string;
  /**
   * The cell holds exactly one widget (a checkbox, a button) that takes focus instead of the cell,
   * as the APG grid pattern asks. The renderer must set `data-grid-focus` and the given `tabindex`
   * on it.
   */
  interactive?: boolean;
  /** The cell names its row (`role="rowheader"`), such as a sale's title. At most one column. */
  rowHeader?: boolean;
  /**
   * A text column that gives way first when space runs short: cut with an ellipsis, and shown whole
   * over its neighbours while the pointer is on it or it has focus (the full text is always in the
   * cell, so screen readers read it whole).
   */
  shrinks?: boolean;
}

/** One row as the grid controller sees it: a key that survives re-sorting, and its cell count. */
export interface GridRowInfo {
  /** Unique and stable across renders (a sale id, `group:<key>`); `data-grid-row` in the DOM. */
  key: string;
  /** How many focusable cells the row has (the header row: one per column; a group row: 1). */
  cells: number;
  /** Rows Enter and double-click open (data rows). Header, group and totals rows do not open. */
  opens?: boolean;
}
