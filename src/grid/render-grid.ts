/**
 * Render functions for a data grid inside the calling element's own shadow root: the
 * `role="grid"` element, a header row of column headers (sort buttons with `aria-sort`), data rows,
 * full-width rows (group headings) and a body. Everything lands in one shadow root, so ARIA
 * ownership and references work. Add `gridStyles` to the element's `static styles`.
 *
 * Simple grid (every row rendered; what the Activities and Stakeholders cards need):
 * ```ts
 * static override styles = [gridStyles, css`...`];
 * private readonly grid = new GridController(this, {
 *   rows: () => dataGridRows(this.columns(), this.sorted(), (a) => String(a.id)),
 *   onOpen: (key) => this.dispatchEvent(new SaleActivityOpenEvent({ id: key })),
 *   onSortChange: () => this.requestUpdate(),   // read the sort from this.grid.sort
 * });
 * override render() {
 *   return renderGrid(this.grid, {
 *     label: this.locale.t('activities.title'),
 *     columns: this.columns(),
 *     body: renderBody(this.sorted(), (a) => String(a.id), (a, index) =>
 *       renderDataRow(this.grid, { key: String(a.id), row: a, columns: this.columns(), rowIndex: index + 2 })),
 *     rowCount: this.sorted().length + 1,
 *   });
 * }
 * ```
 * Sort the rows with `sortBy(rows, column.sortValue, direction, locale)` from src/model/sort.ts.
 * A virtualized body: see virtual-body.ts.
 */
import { renderIcon } from '../icons/icon.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { arrowDownIcon, arrowUpIcon } from '../icons/phosphor.js';
import { customProperties } from './custom-properties.js';
import type { GridController } from './grid-controller.js';
import { ariaSortOf } from './grid-navigation.js';
import type { GridColumn, GridRowInfo } from './types.js';

/** The key of the header row in `GridControllerOptions.rows()`. */
export const HEADER_ROW_KEY = 'grid:header';

const DEFAULT_TRACK = 'minmax(8rem, 1fr)';

/**
 * The class names of a column's cells after `cell align-`: the alignment, `col-<id>` (so an element
 * can place its columns in a stacked layout) and `shrinks`.
 */
const cellClasses = (column: Pick<GridColumn<never>, 'id' | 'align' | 'shrinks'>): string =>
  `${column.align ?? 'start'} col-${column.id}${column.shrinks ? ' shrinks' : ''}`;

/** The CSS grid tracks of the columns, shared by every row so that cells line up. */
export function gridTracks(columns: readonly GridColumn<never>[]): string {
  return columns.map((column) => column.width ?? DEFAULT_TRACK).join(' ');
}

/** The narrowest the grid may get before it scrolls sideways: the sum of the tracks' minimums. */
export function gridMinWidth(columns: readonly GridColumn<never>[]): string {
  let rem = 0;
  for (const column of columns) {
    const minimum = /^(?:minmax\()?\s*([\d.]+)rem/.exec(column.width ?? DEFAULT_TRACK);
    rem += minimum ? Number(minimum[1]) : 8;
  }
  return `${rem}rem`;
}

const rowCache = new WeakMap<object, { columns: number; rows: GridRowInfo[] }>();

/**
 * `rows()` for a grid of a header row plus one data row per item, cached per `items` array, so
 * it is cheap to call from the controller's `rows` option.
 */
export function dataGridRows<Row>(
  columns: readonly GridColumn<Row>[],
  items: readonly Row[],
  rowKey: (row: Row) => string,
): readonly GridRowInfo[] {
  const cached = rowCache.get(items);
  if (cached && cached.columns === columns.length) return cached.rows;
  const rows: GridRowInfo[] = [{ key: HEADER_ROW_KEY, cells: columns.length }];
  for (const item of items) rows.push({ key: rowKey(item), cells: columns.length, opens: true });
  rowCache.set(items, { columns: columns.length, rows });
  return rows;
}

export interface RenderGridOptions {
  /** The grid's accessible name. */
  label: string;
  /** The visible columns, in order. */
  columns: readonly GridColumn<never>[];
  /** The body rows (`renderBody`, or `renderVirtualBody` from virtual-body.ts). */
  body: unknown;
  /** Rows after the body, such as a totals row (`renderDataRow`); inside their own rowgroup. */
  footer?: unknown;
  /** Every row of the grid, the header row included (`aria-rowcount`). */
  rowCount: number;
  /** Shown as the only body row when there are no rows, such as "No sales". */
  empty?: string;
  /** Extra class names on the grid element. */
  className?: string;
}

/** The column tracks as the grid's private custom properties (CSSOM writes: no `style` attribute). */
function gridTrackProperties(columns: readonly GridColumn<never>[]) {
  return customProperties({
    '--_grid-columns': gridTracks(columns),
    '--_grid-min-width': gridMinWidth(columns),
  });
}

/**
 * The `role="grid"` element with its header row, body and footer. Binds the controller's keyboard,
 * focus and double-click handlers. The grid scrolls inside its `.grid-scroller` parent when its
 * host limits the height (the header row sticks).
 */
export function renderGrid(
  grid: GridController,
  options: RenderGridOptions & { sortLabel?: (column: GridColumn<never>) => string | undefined },
): TemplateResult {
  const { columns } = options;
  return html`<div
    role="grid"
    part="grid"
    class="grid ${options.className ?? ''}"
    aria-label=${options.label}
    aria-rowcount=${options.rowCount}
    aria-colcount=${columns.length}
    tabindex=${grid.containerTabindex}
    ${gridTrackProperties(columns)}
    @keydown=${grid.handleKeydown}
    @focusin=${grid.handleFocusin}
    @focusout=${grid.handleFocusout}
    @dblclick=${grid.handleDblclick}
  >
    <div role="rowgroup" class="head">${renderHeaderRow(grid, columns, options.sortLabel)}</div>
    ${options.body}
    ${options.footer ? html`<div role="rowgroup" class="foot">${options.footer}</div>` : nothing}
  </div>`;
}

/** The header row: a column header per column; sortable columns hold a sort button. */
export function renderHeaderRow(
  grid: GridController,
  columns: readonly GridColumn<never>[],
  sortLabel?: (column: GridColumn<never>) => string | undefined,
): TemplateResult {
  const sort = grid.sort;
  return html`<div
    role="row"
    part="header-row"
    class="row header-row"
    aria-rowindex="1"
    data-grid-row=${HEADER_ROW_KEY}
  >
    ${columns.map((column, index) => {
      const ariaSort = ariaSortOf(sort, column.id);
      const tabindex = grid.tabindex(HEADER_ROW_KEY, index);
      const align = cellClasses(column);
      if (!column.sortValue) {
        return html`<div
          role="columnheader"
          part="column-header"
          class="cell align-${align}"
          data-grid-col=${index}
          tabindex=${tabindex}
        >
          ${column.header}
        </div>`;
      }
      // renderIcon's <svg> is inlined: one template per header cell instead of two.
      const icon = ariaSort === 'descending' ? arrowDownIcon() : arrowUpIcon();
      const description = sortLabel?.(column);
      return html`<div
        role="columnheader"
        part="column-header"
        class="cell align-${align}"
        aria-sort=${ifDefined(ariaSort)}
        data-grid-col=${index}
      >
        <button
          type="button"
          part="sort-button"
          class="sort-button ${ariaSort ? 'sorted' : ''}"
          data-grid-focus
          tabindex=${tabindex}
          title=${ifDefined(description)}
          @click=${() => grid.toggleSort(column.id)}
        >
          <span>${column.header}</span>${renderIcon(icon, 'sort-icon')}
        </button>
      </div>`;
    })}
  </div>`;
}

export interface DataRowOptions<Row> {
  /** The row's key, as in the controller's `rows()`. */
  key: string;
  row: Row;
  columns: readonly GridColumn<Row>[];
  /** 1-based position among all the grid's rows, the header row being 1 (`aria-rowindex`). */
  rowIndex: number;
  /** Extra class names, such as `overdue`. */
  className?: string;
  /** The part names of the row; default `row`. */
  part?: string;
}

/**
 * The markup of a data row with `cells` cells, as one template: a long list renders dozens of rows
 * at once, and a template per cell would cost each cell its own clone, markers and parts. Built
 * once per cell count, like the strings of a tagged template literal (which Lit caches by identity).
 */
const rowStrings = new Map<number, TemplateStringsArray>();
function dataRowStrings(cells: number): TemplateStringsArray {
  let strings = rowStrings.get(cells);
  if (!strings) {
    const parts = ['<div role="row" part="', '" class="row ', '" aria-rowindex="', '" data-grid-row="', '">'];
    for (let cell = 0; cell < cells; cell++) {
      parts[parts.length - 1] += '<div role="';
      parts.push('" part="cell" class="cell align-', '" data-grid-col="', '" tabindex="', '">', '</div>');
    }
    parts[parts.length - 1] += '</div>';
    strings = Object.freeze(Object.assign(parts, { raw: Object.freeze([...parts]) })) as TemplateStringsArray;
    rowStrings.set(cells, strings);
  }
  return strings;
}

/** A data row: one cell per column; the `rowHeader` column's cell is a `rowheader`. */
export function renderDataRow<Row>(grid: GridController, options: DataRowOptions<Row>): TemplateResult {
  const { key, row, columns } = options;
  const values: unknown[] = [options.part ?? 'row', options.className ?? '', options.rowIndex, key];
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index]!;
    const tabindex = grid.tabindex(key, index);
    values.push(
      column.rowHeader ? 'rowheader' : 'gridcell',
      cellClasses(column),
      index,
      // An interactive cell's one widget takes the tabindex instead.
      column.interactive ? nothing : tabindex,
      column.render(row, { tabindex }),
    );
  }
  return html(dataRowStrings(columns.length), ...values);
}

export interface SpanningRowOptions {
  key: string;
  rowIndex: number;
  /** How many columns the one cell spans (`aria-colspan`). */
  colspan: number;
  content: unknown;
  className?: string;
  part?: string;
  /** `rowheader` for a group heading (it names the rows below), else `gridcell`. */
  role?: 'rowheader' | 'gridcell';
}

/** A row with one cell across every column, such as a group heading. */
export function renderSpanningRow(grid: GridController, options: SpanningRowOptions): TemplateResult {
  return html`<div
    role="row"
    part=${options.part ?? 'row'}
    class="row spanning-row ${options.className ?? ''}"
    aria-rowindex=${options.rowIndex}
    data-grid-row=${options.key}
  >
    <div
      role=${options.role ?? 'gridcell'}
      class="cell spanning-cell"
      aria-colspan=${options.colspan}
      data-grid-col="0"
      tabindex=${grid.tabindex(options.key, 0)}
    >
      ${options.content}
    </div>
  </div>`;
}

/** A rowgroup of every row (no virtualization): keyed, so focus and DOM survive re-sorting. */
export function renderBody<Item>(
  items: readonly Item[],
  key: (item: Item) => string,
  renderRow: (item: Item, index: number) => TemplateResult,
): TemplateResult {
  return html`<div role="rowgroup" class="body">${repeat(items, key, renderRow)}</div>`;
}

/**
 * Styles for the grid's parts. The element sets the scroller's height (`.grid-scroller`), colours
 * through `--sale-grid-*` custom properties, and anything else it needs. Their defaults come from
 * the colour tokens (`src/styles/tokens.ts`), which the element's styles must include.
 */
export const gridStyles = css`
  .grid-scroller {
    overflow: auto;
    position: relative;
    /* Rows focused by keyboard stay clear of the sticky header. */
    scroll-padding-block-start: var(--_grid-row-height, 2.5rem);
  }
  .grid {
    inline-size: max(100%, var(--_grid-min-width, 0px));
    font-variant-numeric: tabular-nums;
  }
  .grid:focus-visible {
    outline: 2px solid var(--sale-focus-ring-color, #1a73e8);
    outline-offset: -2px;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--sale-grid-header-background, var(--_sale-color-grid-header));
  }
  .body {
    display: block;
  }
  /* Virtualized rows share one height, so the padding can stand in for the rows not rendered. */
  .virtual-body {
    --_virtual-row-height: max(var(--_grid-row-height, 2.5rem), calc(1.25em + 0.75rem + 1px));
    padding-block: calc(var(--_virtual-row-height) * var(--_rows-before, 0))
      calc(var(--_virtual-row-height) * var(--_rows-after, 0));
  }
  .virtual-body > .row {
    block-size: var(--_virtual-row-height);
    overflow: hidden;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_grid-columns);
    inline-size: 100%;
    min-block-size: var(--_grid-row-height, 2.5rem);
    box-sizing: border-box;
    border-block-end: 1px solid var(--sale-grid-divider-color, var(--_sale-color-grid-divider));
    align-items: center;
  }
  .body .row:hover {
    background: var(--sale-grid-hover-background, var(--_sale-color-grid-hover));
  }
  .cell {
    padding: 0.375rem 0.625rem;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* A text cell cut short shows whole, over its neighbours, while pointed at or focused. */
  .body .shrinks:is(:hover, :focus-visible) {
    position: relative;
    inline-size: max-content;
    min-inline-size: 100%;
    background: var(--sale-grid-hover-background, var(--_sale-color-grid-hover));
  }
  .cell:focus-visible,
  .sort-button:focus-visible {
    outline: 2px solid var(--sale-focus-ring-color, #1a73e8);
    outline-offset: -2px;
  }
  .spanning-cell {
    grid-column: 1 / -1;
  }
  .align-end {
    text-align: end;
    justify-content: flex-end;
  }
  .align-center {
    text-align: center;
    justify-content: center;
  }
  [role='columnheader'] {
    font-weight: 600;
    display: flex;
    align-items: center;
  }
  .sort-button {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    max-inline-size: 100%;
    padding: 0.125rem 0.25rem;
    margin-inline: -0.25rem;
    border: 0;
    background: none;
    font: inherit;
    color: inherit;
    cursor: pointer;
    border-radius: 0.25rem;
  }
  .sort-button span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sort-button svg {
    flex: none;
    opacity: 0;
  }
  .sort-button.sorted svg,
  .sort-button:hover svg {
    opacity: 1;
  }
  @media (forced-colors: active) {
    .cell:focus-visible,
    .sort-button:focus-visible,
    .grid:focus-visible {
      outline-color: Highlight;
    }
    .sort-button.sorted svg {
      color: CanvasText;
    }
  }
`;
