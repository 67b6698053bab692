/**
 * The keyboard, focus and sort state of one data grid after the APG grid pattern: arrows move
 * between cells and rows, Home/End to the row's first/last cell, Ctrl+Home/End to the grid's
 * first/last cell, PageUp/PageDown by `pageSize` rows, Enter or double-click opens a row. Exactly
 * one cell (or the one widget inside it) is tabbable. The active cell is remembered by row key, so
 * it survives re-renders, re-sorting and virtual scrolling: when its row is scrolled out of the DOM
 * the grid itself becomes tabbable, and focusing it (or pressing a key while it holds focus) brings
 * the row back and focuses the cell.
 *
 * The controller renders nothing: the host renders with render-grid.ts inside its own shadow root,
 * so the grid, its rows and its cells share one root (ARIA references do not cross shadow roots).
 * It stands beside `RovingFocusController` rather than on it: that one moves between DOM items in
 * one dimension, while a virtualized grid must move by index in two, to rows not yet rendered.
 *
 * ```ts
 * class ActivityList extends LitElement {
 *   private readonly grid = new GridController(this, {
 *     rows: () => this.rowInfos,                  // header row first; memoize it
 *     onOpen: (key) => this.dispatchEvent(new SaleActivityOpenEvent({ id: key })),
 *     onSortChange: (sort) => { this.sort = sort; },
 *   });
 *   override render() {
 *     return renderGrid(this.grid, {
 *       label: 'Activities',
 *       columns: this.columns,
 *       rows: this.activities,
 *       rowKey: (activity) => String(activity.id),
 *       sort: this.sort,
 *     });
 *   }
 * }
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GRID_KEYS, moveInGrid, nextSort, type GridPosition } from './grid-navigation.js';
import type { GridRowInfo, GridSort, SortDirection } from './types.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface GridControllerOptions {
  /**
   * Every row in display order, the header row first (and a totals row last, if any): key, cell
   * count, and whether Enter opens it. Called on key presses and focus changes, not per render,
   * but memoize it anyway: a virtualized list may have 10,000 rows.
   */
  rows(): readonly GridRowInfo[];
  /** Enter or double-click on a row whose `opens` is true. */
  onOpen?(key: string, event: Event): void;
  /** The user activated a column's sort button; `sort` is already the new value. */
  onSortChange?(sort: GridSort): void;
  /**
   * Brings row `index` (into `rows()`) into the DOM: a virtualized body scrolls it into view. Not
   * needed when every row is rendered.
   */
  scrollToRow?(index: number): void;
  /**
   * The key of `rows()[0]` (the header row), for a grid whose `rows()` is costly to build (a long
   * virtualized list): rendering then picks the tabbable cell without building every row.
   */
  firstRowKey?: string;
  /** Rows PageUp/PageDown move by. Default 10. */
  pageSize?: number;
  /** The first direction of a newly sorted column. Default `asc`; descending suits amounts and dates. */
  firstSortDirection?(column: string): SortDirection;
}

/** The attribute on each row (its key) and each cell (its column index). */
export const ROW_ATTRIBUTE = 'data-grid-row';
export const CELL_ATTRIBUTE = 'data-grid-col';
/** Marks the one widget in an `interactive` cell that takes focus instead of the cell. */
export const FOCUS_ATTRIBUTE = 'data-grid-focus';

const FRAMES_TO_WAIT_FOR_A_ROW = 12;

export class GridController implements ReactiveController {
  readonly host: Host;
  /** The current sort. The host may set it (from a property); `toggleSort` changes it for the user. */
  sort: GridSort | undefined;

  private readonly options: GridControllerOptions;
  /** The active cell by row key and column index; undefined until the user focuses one. */
  private activeKey: string | undefined;
  private activeCol = 0;
  private preferredCol = 0;
  /** Whether focus is (or, before its row was scrolled away, was) inside the grid. */
  private hasFocus = false;
  /** True while a restore of focus after a re-render is in flight. */
  private restoring = false;
  private focusRequest = 0;

  constructor(host: Host, options: GridControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** After a render: if the focused cell's row was re-rendered away (re-sort, filter), focus it again. */
  hostUpdated(): void {
    if (this.hasFocus && !this.restoring && !this.focusIsInside()) void this.restoreFocus();
  }

  /** The key of the active row, or undefined before the user has focused a cell. */
  get activeRow(): string | undefined {
    return this.activeKey;
  }

  /** The active column index. */
  get activeColumn(): number {
    return this.activeCol;
  }

  /** `0` for the tabbable cell (the active one, else the first header cell), `-1` for the rest. */
  tabindex(rowKey: string, col: number): number {
    const key = this.activeKey ?? this.options.firstRowKey ?? this.options.rows()[0]?.key;
    return rowKey === key && col === this.activeCol ? 0 : -1;
  }

  /**
   * `0` when the active row is not in the DOM (scrolled away in a virtualized body), so the grid
   * stays reachable with Tab; else `-1`. Call from render; the grid element carries it.
   */
  get containerTabindex(): number {
    return this.activeKey !== undefined && !this.cellElement(this.activeKey, this.activeCol) ? 0 : -1;
  }

  /** Sorts by `column` the way a click on its header does, and tells the host. */
  toggleSort(column: string): void {
    this.sort = nextSort(this.sort, column, this.options.firstSortDirection?.(column));
    this.host.requestUpdate();
    this.options.onSortChange?.(this.sort);
  }

  /**
   * Makes row `key`, column `col` the active cell and focuses it, scrolling its row into the DOM
   * first when needed. Resolves once focused (or when the row never appeared).
   */
  async focusCell(key: string, col = this.activeCol): Promise<boolean> {
    this.setActive(key, col);
    this.host.requestUpdate();
    const request = ++this.focusRequest;
    await this.host.updateComplete;
    for (let frame = 0; frame <= FRAMES_TO_WAIT_FOR_A_ROW; frame++) {
      if (request !== this.focusRequest) return false;
      const target = this.focusTarget(key, col);
      if (target) {
        target.focus();
        return true;
      }
      if (frame === 0) {
        const index = this.options.rows().findIndex((row) => row.key === key);
        if (index >= 0) this.options.scrollToRow?.(index);
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return false;
  }

  /** Keydown on the grid element (render-grid.ts binds it). */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.shiftKey) return;
    const fromContainer = event.target === event.currentTarget;
    const position = fromContainer ? this.activePosition() : this.positionOf(event);
    if (!position) return;
    const rows = this.options.rows();
    const row = rows[position.row]!;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      // A widget in the cell (a sort button, a checkbox) handles its own Enter.
      if (!row.opens || (!fromContainer && this.inWidget(event))) return;
      event.preventDefault();
      this.options.onOpen?.(row.key, event);
      return;
    }
    if (!GRID_KEYS.has(event.key) || event.metaKey) return;
    event.preventDefault();
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const shape = {
      rowCount: rows.length,
      cellCount: (index: number) => rows[index]!.cells,
      pageSize: this.options.pageSize ?? 10,
    };
    // Never undefined here: the key is a grid key and there is at least the current row.
    const to = moveInGrid(position, event.key, { ctrl: event.ctrlKey, rtl }, shape, this.preferredCol)!;
    const vertical = ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown'].includes(event.key);
    if (!vertical || event.ctrlKey) this.preferredCol = to.col;
    if (fromContainer || to.row !== position.row || to.col !== position.col) {
      void this.focusCell(rows[to.row]!.key, to.col);
    }
  };

  /** Focus entering the grid: remembers the cell, or forwards focus from the grid element to it. */
  readonly handleFocusin = (event: FocusEvent): void => {
    this.hasFocus = true;
    if (event.target === event.currentTarget) {
      const position = this.activePosition();
      if (position) void this.focusCell(this.options.rows()[position.row]!.key, position.col);
      return;
    }
    const cell = this.cellOf(event);
    if (!cell) return;
    const key = cell.closest(`[${ROW_ATTRIBUTE}]`)!.getAttribute(ROW_ATTRIBUTE)!;
    const col = Number(cell.getAttribute(CELL_ATTRIBUTE));
    if (key !== this.activeKey || col !== this.activeCol) {
      this.setActive(key, col);
      this.preferredCol = col;
      this.host.requestUpdate();
    }
  };

  /** Focus leaving the grid for somewhere else on the page. */
  readonly handleFocusout = (event: FocusEvent): void => {
    const grid = event.currentTarget as Element;
    const next = event.relatedTarget as Node | null;
    if (next && grid.contains(next)) return;
    // A row removed by the virtualizer or a re-render takes focus with it (no relatedTarget):
    // keep `hasFocus` so that hostUpdated or a later key press puts focus back.
    const target = event.target as Element;
    queueMicrotask(() => {
      if (target.isConnected || next) this.hasFocus = false;
    });
  };

  /** Double-click on a row that opens. */
  readonly handleDblclick = (event: MouseEvent): void => {
    const cell = this.cellOf(event);
    if (!cell || this.inWidget(event)) return;
    const key = cell.closest(`[${ROW_ATTRIBUTE}]`)!.getAttribute(ROW_ATTRIBUTE)!;
    if (this.options.rows().find((row) => row.key === key)?.opens) this.options.onOpen?.(key, event);
  };

  /**
   * Called when a virtualized body changed which rows are in the DOM: re-renders the host so the
   * grid element's tabindex follows, and keeps keyboard focus inside the grid when the focused
   * row was scrolled away.
   */
  readonly handleRangeChange = (): void => {
    // The grid's tabindex depends on the range only once a cell is active.
    if (this.activeKey !== undefined) this.host.requestUpdate();
    if (this.hasFocus && !this.focusIsInside()) {
      this.gridElement()?.focus({ preventScroll: true });
    }
  };

  private setActive(key: string, col: number): void {
    this.activeKey = key;
    this.activeCol = col;
  }

  private root(): ShadowRoot | HTMLElement {
    return this.host.shadowRoot ?? this.host;
  }

  private gridElement(): HTMLElement | null {
    return this.root().querySelector<HTMLElement>('[role="grid"], [role="treegrid"]');
  }

  private focusIsInside(): boolean {
    const root = this.root();
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    return !!active && !!this.gridElement()?.contains(active);
  }

  /**
   * Puts focus back after a re-render removed the focused cell, once: focusCell re-renders the
   * host, so restoring from every hostUpdated would never settle, and when focus cannot come back
   * (a modal dialog holds it) the grid gives up instead of trying forever.
   */
  private async restoreFocus(): Promise<void> {
    const position = this.activePosition();
    if (!position) {
      this.hasFocus = false;
      return;
    }
    this.restoring = true;
    try {
      await this.focusCell(this.options.rows()[position.row]!.key, position.col);
    } finally {
      this.restoring = false;
    }
    if (!this.focusIsInside()) this.hasFocus = false;
  }

  /** The active cell as a position in `rows()`; the first row's first cell when the key is gone. */
  private activePosition(): GridPosition | undefined {
    const rows = this.options.rows();
    if (rows.length === 0) return undefined;
    const index = this.activeKey === undefined ? -1 : rows.findIndex((row) => row.key === this.activeKey);
    if (index < 0) return { row: 0, col: 0 };
    return { row: index, col: Math.min(this.activeCol, rows[index]!.cells - 1) };
  }

  private positionOf(event: Event): GridPosition | undefined {
    const cell = this.cellOf(event);
    if (!cell) return undefined;
    const key = cell.closest(`[${ROW_ATTRIBUTE}]`)!.getAttribute(ROW_ATTRIBUTE);
    const row = this.options.rows().findIndex((info) => info.key === key);
    if (row < 0) return undefined;
    return { row, col: Number(cell.getAttribute(CELL_ATTRIBUTE)) };
  }

  private cellOf(event: Event): HTMLElement | undefined {
    return event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute(CELL_ATTRIBUTE));
  }

  /** Whether the event comes from a form control or button inside a cell (not the cell itself). */
  private inWidget(event: Event): boolean {
    const target = event.composedPath()[0];
    return (
      target instanceof HTMLElement &&
      target.matches(`[${FOCUS_ATTRIBUTE}], button, input, select, textarea, a[href]`)
    );
  }

  private cellElement(key: string, col: number): HTMLElement | null {
    const row = this.root().querySelector(`[${ROW_ATTRIBUTE}="${CSS.escape(key)}"]`);
    return row?.querySelector<HTMLElement>(`[${CELL_ATTRIBUTE}="${col}"]`) ?? null;
  }

  /** The cell, or the one widget inside it when the cell is interactive. */
  private focusTarget(key: string, col: number): HTMLElement | null {
    const cell = this.cellElement(key, col);
    return cell?.querySelector<HTMLElement>(`[${FOCUS_ATTRIBUTE}]`) ?? cell;
  }
}
