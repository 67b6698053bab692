/**
 * A virtualized grid body: only the rows near the viewport are in the DOM (@lit-labs/virtualizer),
 * so 10,000 rows render as fast as a few dozen. A separate module so that grids without
 * virtualization do not ship the virtualizer (about 10 kB gzip).
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
 * the page scrolls and still only visible rows render. Rows are laid out as blocks, one under the other.
 */
import { html, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { GridController } from './grid-controller.js';

/** A rowgroup that renders only the rows near the viewport. */
export function renderVirtualBody<Item>(
  grid: GridController,
  items: readonly Item[],
  key: (item: Item) => string,
  renderRow: (item: Item, index: number) => TemplateResult,
): TemplateResult {
  return html`<div role="rowgroup" class="body virtual-body" @rangeChanged=${grid.handleRangeChange}>
    ${virtualize({ items: items as Item[], keyFunction: key, renderItem: renderRow })}
  </div>`;
}

/** Scrolls body row `index` (0 = the first row after the header) into view and so into the DOM. */
export function scrollVirtualBodyTo(root: ParentNode, index: number): void {
  const body = root.querySelector<VirtualizerHostElement>('.virtual-body');
  body?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
}
