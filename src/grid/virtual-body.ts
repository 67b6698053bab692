/**
 * A virtualized grid body: the grid's rowgroup over the shared windowing core (virtual-rows.ts), so
 * 10,000 rows render as fast as a few dozen. Rows have one fixed height (`--_grid-row-height`,
 * default 2.5rem, more for large text); the body's padding stands in for the rows above and below
 * (the `.virtual-body` rules in render-grid.ts).
 *
 * ```ts
 * renderGrid(this.grid, {
 *   ...,
 *   body: renderVirtualBody(this.grid, items, (item) => item.key, (item, index) => renderDataRow(...)),
 * });
 * // GridController option, so keyboard moves reach rows that are not rendered yet:
 * scrollToRow: (index) => scrollVirtualBodyTo(this.renderRoot, index - 1),  // minus the header row
 * ```
 * The grid must sit in a scroller of limited height (`.grid-scroller` with a `max-block-size`), or
 * the page scrolls and still only visible rows render. Rows are laid out as blocks, one under the
 * other; a cell's content that is taller than the row is clipped (cells do not wrap). The host
 * declares the scroller's height limit in `--_grid-max-height`, so the first render holds only the
 * rows it shows.
 */
import { html, type TemplateResult } from 'lit';
import type { GridController } from './grid-controller.js';
import { virtualRows, virtualRowsIn } from './virtual-rows.js';

/** A row's height in pixels before one has been measured (2.5rem at 16px, plus the divider). */
const ESTIMATED_ROW_HEIGHT = 40;

/**
 * A rowgroup that renders only the rows near the viewport. It fires `rangeChanged` (not bubbling)
 * when scrolling changes which rows are in the DOM; the grid controller re-renders on it.
 */
export function renderVirtualBody<Item>(
  grid: GridController,
  items: readonly Item[],
  key: (item: Item) => string,
  renderRow: (item: Item, index: number) => TemplateResult,
): TemplateResult {
  return html`<div role="rowgroup" class="body virtual-body" @rangeChanged=${grid.handleRangeChange}>
    ${virtualRows({
      items,
      key,
      renderRow,
      scroller: '.grid-scroller',
      estimatedRowHeight: ESTIMATED_ROW_HEIGHT,
      heightLimitProperty: '--_grid-max-height',
    })}
  </div>`;
}

/** Scrolls body row `index` (0 = the first row after the header) into view and so into the DOM. */
export function scrollVirtualBodyTo(root: ParentNode, index: number): void {
  const body = root.querySelector('.virtual-body');
  virtualRowsIn(body)?.renderIndex(index)?.scrollIntoView({ block: 'nearest' });
}
