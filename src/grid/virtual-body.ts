/**
 * A virtualized grid body: only the rows near the viewport are in the DOM, so 10,000 rows render
 * as fast as a few dozen. Rows have one fixed height (`--_grid-row-height`, default 2.5rem, more
 * for large text), so the rows to show follow from the scroll position alone: the first rows render
 * in the same update as the grid, with nothing measured and no frame waited for, and the body's
 * padding stands in for the rows above and below.
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
 * other; a cell's content that is taller than the row is clipped (cells do not wrap).
 */
import { html, type TemplateResult } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import type { GridController } from './grid-controller.js';

/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps. */
const OVERSCAN = 8;
/** A row's height in pixels before one has been measured (2.5rem at 16px, plus the divider). */
const ESTIMATED_ROW_HEIGHT = 40;
/** Rows for the first render, before the viewport is known: enough for a tall window. */
const MAX_INITIAL_ROWS = 48;

const BODY = Symbol('virtualBody');

/**
 * The scroller's height limit in pixels, as the host declares it in `--_grid-max-height` (px, rem
 * or vh; read from the host's style, which needs no layout), so that the first render holds only
 * the rows the scroller can show rather than a window's height of them. Undefined when the host
 * declares none or another unit.
 */
function scrollerLimit(host: unknown, windowHeight: number): number | undefined {
  if (!(host instanceof Element) || !host.isConnected) return undefined;
  const value = getComputedStyle(host).getPropertyValue('--_grid-max-height').trim();
  const match = /^([\d.]+)(px|rem|vh)$/.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  // Rows are 2.5rem tall: at another root font size both scale alike, so 16px per rem is right.
  if (match[2] === 'px') return amount;
  if (match[2] === 'rem') return amount * 16;
  return (amount * windowHeight) / 100;
}

interface VirtualRowsOptions<Item> {
  items: readonly Item[];
  key: (item: Item) => string;
  renderRow: (item: Item, index: number) => TemplateResult;
}

type BodyElement = HTMLElement & { [BODY]?: VirtualRows };

class VirtualRows extends AsyncDirective {
  private body: BodyElement | undefined;
  private scroller: HTMLElement | null = null;
  private options: VirtualRowsOptions<unknown> = { items: [], key: String, renderRow: () => html`` };
  /** The rendered rows: `first` up to, not including, `end`. */
  private first = 0;
  private end = 0;
  private started = false;
  private listening = false;
  private resizeObserver: ResizeObserver | undefined;
  /** The pending `requestAnimationFrame` of a refresh asked for by the ResizeObserver, or 0. */
  private refreshFrame = 0;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('virtualRows belongs in a child position.');
  }

  render(options: VirtualRowsOptions<unknown>): unknown {
    this.options = options;
    return this.rows();
  }

  override update(part: ChildPart, [options]: [VirtualRowsOptions<unknown>]): unknown {
    this.options = options;
    const count = options.items.length;
    if (!this.started) {
      this.started = true;
      this.body = part.parentNode as BodyElement;
      this.body[BODY] = this;
      // The viewport is not known before the first layout: assume it is as tall as the host's
      // declared scroller limit, or else the window. The overscan rows follow in the frame after
      // the first layout (see `refreshNextFrame`).
      const windowHeight = globalThis.innerHeight || 800;
      const limit = scrollerLimit(part.options?.host, windowHeight);
      const viewport = Math.ceil(Math.min(limit ?? windowHeight, windowHeight) / ESTIMATED_ROW_HEIGHT);
      this.end = Math.min(count, viewport, MAX_INITIAL_ROWS);
      this.observe();
    } else {
      // New items (sorted, filtered): keep the same window of rows, inside the new length.
      const size = Math.max(this.end - this.first, 1);
      this.first = Math.max(0, Math.min(this.first, count - size));
      this.end = Math.min(count, this.first + size);
    }
    return this.rows();
  }

  /** Re-reads the viewport after a scroll or resize and renders the rows it now needs. */
  readonly refresh = (): void => {
    const body = this.body;
    if (!body || !this.isConnected || !body.isConnected) return;
    const count = this.options.items.length;
    const height = this.rowHeight();
    const bounds = body.getBoundingClientRect();
    let top = 0;
    let bottom = globalThis.innerHeight;
    if (this.scroller) {
      const scroller = this.scroller.getBoundingClientRect();
      top = Math.max(top, scroller.top);
      bottom = Math.min(bottom, scroller.bottom);
    }
    if (bottom <= top) return;
    const first = Math.max(0, Math.floor((top - bounds.top) / height) - OVERSCAN);
    const end = Math.min(count, Math.max(0, Math.ceil((bottom - bounds.top) / height)) + OVERSCAN);
    this.show(Math.min(first, end), end);
  };

  /** Renders row `index` and scrolls it into view (nearest edge). */
  scrollToIndex(index: number): void {
    const count = this.options.items.length;
    if (!this.body || index < 0 || index >= count) return;
    if (index < this.first || index >= this.end) {
      const size = Math.max(this.end - this.first, 2 * OVERSCAN + 1);
      const first = Math.max(0, Math.min(index - OVERSCAN, count - size));
      this.show(first, Math.min(count, first + size));
    }
    this.body.children[index - this.first]?.scrollIntoView({ block: 'nearest' });
  }

  override disconnected(): void {
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.refreshFrame);
    this.refreshFrame = 0;
    this.stopListening();
  }

  override reconnected(): void {
    this.observe();
  }

  private rows(): unknown {
    const { items, key, renderRow } = this.options;
    const count = items.length;
    this.body?.style.setProperty('--_rows-before', String(this.first));
    this.body?.style.setProperty('--_rows-after', String(Math.max(0, count - this.end)));
    return repeat(items.slice(this.first, this.end), key, (item, index) =>
      renderRow(item, this.first + index),
    );
  }

  private show(first: number, end: number): void {
    if (first === this.first && end === this.end) return;
    this.first = first;
    this.end = end;
    this.setValue(this.rows());
    this.body?.dispatchEvent(new Event('rangeChanged'));
  }

  private rowHeight(): number {
    const row = this.body?.firstElementChild;
    const height = row ? row.getBoundingClientRect().height : 0;
    return height > 0 ? height : ESTIMATED_ROW_HEIGHT;
  }

  /**
   * Starts watching the body's size. The first notification comes after the first layout (the body
   * is not in the document yet when it first renders): then the scroller is known and listened to.
   */
  private observe(): void {
    this.resizeObserver ??= new ResizeObserver(this.refreshNextFrame);
    if (this.body) this.resizeObserver.observe(this.body);
  }

  /**
   * The ResizeObserver's callback. Rendering rows from inside it would change the sizes it watches
   * in the same frame, which the browser reports to the host page as a window error ("ResizeObserver
   * loop completed with undelivered notifications"). So it only asks for the next frame, once, and
   * the rows follow there; the rows the first render holds already cover the viewport.
   */
  private readonly refreshNextFrame = (): void => {
    if (this.refreshFrame !== 0) return;
    this.refreshFrame = requestAnimationFrame(() => {
      this.refreshFrame = 0;
      this.listen();
      this.refresh();
    });
  };

  private listen(): void {
    if (this.listening || !this.body?.isConnected) return;
    this.listening = true;
    this.scroller = this.body.closest<HTMLElement>('.grid-scroller');
    this.scroller?.addEventListener('scroll', this.refresh, { passive: true });
    if (this.scroller) this.resizeObserver?.observe(this.scroller);
    globalThis.addEventListener('scroll', this.refresh, { passive: true });
    globalThis.addEventListener('resize', this.refresh, { passive: true });
  }

  private stopListening(): void {
    if (!this.listening) return;
    this.listening = false;
    this.scroller?.removeEventListener('scroll', this.refresh);
    globalThis.removeEventListener('scroll', this.refresh);
    globalThis.removeEventListener('resize', this.refresh);
  }
}

const virtualRows = directive(VirtualRows);

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
    ${virtualRows({ items, key, renderRow } as VirtualRowsOptions<unknown>)}
  </div>`;
}

/** Scrolls body row `index` (0 = the first row after the header) into view and so into the DOM. */
export function scrollVirtualBodyTo(root: ParentNode, index: number): void {
  const body = root.querySelector<BodyElement>('.virtual-body');
  body?.[BODY]?.scrollToIndex(index);
}
