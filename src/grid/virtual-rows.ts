/**
 * The windowing core shared by `<sale-list>`'s grid body (virtual-body.ts) and `<selection-panel>`'s
 * listbox: a directive that renders only the rows near the viewport, so 100,000 rows render as fast
 * as a few dozen. Rows have one fixed height, so the rows to show follow from the scroll position
 * alone: the first rows render in the same update as the element, with nothing measured and no
 * frame waited for. The rows' parent stands in for the rows not rendered with its block padding,
 * which its styles compute from two custom properties this directive sets on it:
 *
 * ```css
 * .rows { padding-block: calc(var(--_row-height) * var(--_rows-before, 0)) calc(var(--_row-height) * var(--_rows-after, 0)); }
 * .rows > * { block-size: var(--_row-height); overflow: hidden; }
 * ```
 * ```ts
 * html`<div class="rows">${virtualRows({ items, key, renderRow, scroller: 'self' })}</div>`
 * virtualRowsIn(rowsElement)?.renderIndex(index)  // puts row `index` in the DOM, to scroll to
 * ```
 * The parent fires `rangeChanged` (not bubbling) when scrolling or `renderIndex` changes which rows
 * are in the DOM. No ResizeObserver callback renders rows: it asks for the next frame, since
 * rendering inside it would change the sizes it watches in the same frame, which the browser reports
 * to the host page as a window error ("ResizeObserver loop completed with undelivered notifications").
 */
import type { TemplateResult } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { directive, type ChildPart, type DirectiveResult } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';

/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gaps. */
const OVERSCAN = 8;
/** Rows for the first render, before the viewport is known: enough for a tall window. */
const MAX_INITIAL_ROWS = 48;

export interface VirtualRowsOptions<Item> {
  items: readonly Item[];
  /** A stable key per row; `index` is the row's place in `items`. */
  key: (item: Item, index: number) => unknown;
  renderRow: (item: Item, index: number) => TemplateResult;
  /**
   * What scrolls the rows: `'self'` when their parent is the scroller, else a selector for the
   * parent's closest scrolling ancestor; without one (or when none matches) the page scrolls.
   */
  scroller?: string;
  /** A row's height in pixels before one has been measured. */
  estimatedRowHeight: number;
  /**
   * A custom property on the host that declares the scroller's height limit (px, rem or vh), so the
   * first render holds only the rows the scroller can show rather than a window's height of them.
   */
  heightLimitProperty?: string;
  /** Called each time the rows `first` up to (not including) `end` are about to be rendered. */
  onRender?: (parent: HTMLElement, first: number, end: number) => void;
}

/** What callers may ask of the rows in a parent element. */
export interface VirtualRowsHandle {
  /** Renders row `index` (moving the window of rows when it is outside) and returns its element. */
  renderIndex(index: number): HTMLElement | undefined;
}

const ROWS = Symbol('virtualRows');
type RowsParent = HTMLElement & { [ROWS]?: VirtualRows };

/**
 * The scroller's height limit in pixels, as the host declares it in `property` (read from the
 * host's style, which needs no layout). Undefined when the host declares none or another unit.
 */
function declaredHeightLimit(host: unknown, property: string, windowHeight: number): number | undefined {
  if (!(host instanceof Element) || !host.isConnected) return undefined;
  const value = getComputedStyle(host).getPropertyValue(property).trim();
  const match = /^([\d.]+)(px|rem|vh)$/.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  // Rows are sized in rem or em: at another root font size both scale alike, so 16px per rem is right.
  if (match[2] === 'px') return amount;
  if (match[2] === 'rem') return amount * 16;
  return (amount * windowHeight) / 100;
}

class VirtualRows extends AsyncDirective implements VirtualRowsHandle {
  /** The element the rows render into, from the first update on. */
  #parent: RowsParent | undefined;
  #scroller: HTMLElement | null = null;
  /** The last options given; every render and update sets them before anything reads them. */
  #options!: VirtualRowsOptions<unknown>;
  /** The rendered rows: `first` up to, not including, `end`. */
  #first = 0;
  #end = 0;
  /**
   * How many rows the viewport needs, overscan included, whatever the list's length: the first
   * render's estimate, then what the last refresh found. A new list gets at least as many at once.
   */
  #wantedRows = 0;
  #listening = false;
  #resizeObserver: ResizeObserver | undefined;
  /** The pending `requestAnimationFrame` of a refresh, or 0. */
  #refreshFrame = 0;

  render(options: VirtualRowsOptions<unknown>): unknown {
    this.#options = options;
    return this.#rows();
  }

  override update(part: ChildPart, [options]: [VirtualRowsOptions<unknown>]): unknown {
    const previous = this.#options?.items;
    this.#options = options;
    const count = options.items.length;
    if (!this.#parent) {
      this.#parent = part.parentNode as RowsParent;
      this.#parent[ROWS] = this;
      if (options.scroller === 'self') this.#scroller = this.#parent;
      // The viewport is not known before the first layout: assume it is as tall as the host's
      // declared limit, or else the window, and add the overscan below it (so a short list is whole
      // at once). The overscan above follows in the frame after the first layout (`#refreshNextFrame`).
      const windowHeight = globalThis.innerHeight || 800;
      const limit = options.heightLimitProperty
        ? declaredHeightLimit(part.options?.host, options.heightLimitProperty, windowHeight)
        : undefined;
      const viewport = Math.min(limit ?? windowHeight, windowHeight);
      const rows = Math.ceil(viewport / options.estimatedRowHeight) + OVERSCAN;
      this.#wantedRows = Math.min(rows, MAX_INITIAL_ROWS);
      this.#end = Math.min(count, this.#wantedRows);
      this.#observe();
    } else if (options.items !== previous) {
      // New items (sorted, filtered): keep the same window of rows, inside the new length, and
      // read the viewport again in the next frame (a scroller of fixed size reports no resize).
      const size = Math.max(this.#end - this.#first, this.#wantedRows);
      this.#first = Math.max(0, Math.min(this.#first, count - size));
      this.#end = Math.min(count, this.#first + size);
      this.#refreshNextFrame();
    }
    return this.#rows();
  }

  /** Re-reads the viewport after a scroll or resize and renders the rows it now needs. */
  readonly #refresh = (): void => {
    const parent = this.#parent;
    const scroller = this.#scroller;
    if (!parent || !this.isConnected || !parent.isConnected) return;
    // Where row 0 starts and which part of the rows is visible, in viewport coordinates.
    let rowsTop = parent.getBoundingClientRect().top;
    let top = 0;
    let bottom = globalThis.innerHeight;
    if (scroller) {
      const viewTop = scroller.getBoundingClientRect().top + scroller.clientTop;
      top = Math.max(top, viewTop);
      bottom = Math.min(bottom, viewTop + scroller.clientHeight);
      // A parent that scrolls itself: the space that stands for the rows above scrolls too.
      if (scroller === parent) rowsTop = viewTop - parent.scrollTop;
    }
    if (bottom <= top) return;
    const count = this.#options.items.length;
    const height = this.#rowHeight();
    const above = Math.floor((top - rowsTop) / height);
    const below = Math.ceil((bottom - rowsTop) / height);
    this.#wantedRows = below - above + 2 * OVERSCAN;
    const first = Math.max(0, above - OVERSCAN);
    const end = Math.min(count, Math.max(0, below) + OVERSCAN);
    this.#show(Math.min(first, end), end);
  };

  renderIndex(index: number): HTMLElement | undefined {
    const count = this.#options.items.length;
    if (!this.#parent || !(index >= 0 && index < count)) return undefined;
    if (index < this.#first || index >= this.#end) {
      // A jump: rows on both sides, so the row can be shown at either edge or in the middle; the
      // scroll that follows trims them to the viewport again.
      const size = Math.max(this.#end - this.#first, 2 * OVERSCAN + 1);
      this.#show(Math.max(0, index - size), Math.min(count, index + size));
    }
    return this.#parent.children[index - this.#first] as HTMLElement | undefined;
  }

  override disconnected(): void {
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#refreshFrame);
    this.#refreshFrame = 0;
    this.#stopListening();
  }

  override reconnected(): void {
    this.#observe();
  }

  #rows(): unknown {
    const { items, key, renderRow, onRender } = this.#options;
    const first = this.#first;
    const end = this.#end;
    const parent = this.#parent;
    if (parent) {
      parent.style.setProperty('--_rows-before', String(first));
      parent.style.setProperty('--_rows-after', String(Math.max(0, items.length - end)));
      onRender?.(parent, first, end);
    }
    return repeat(
      items.slice(first, end),
      (item, offset) => key(item, first + offset),
      (item, offset) => renderRow(item, first + offset),
    );
  }

  #show(first: number, end: number): void {
    if (first === this.#first && end === this.#end) return;
    this.#first = first;
    this.#end = end;
    this.setValue(this.#rows());
    this.#parent?.dispatchEvent(new Event('rangeChanged'));
  }

  #rowHeight(): number {
    const row = this.#parent?.firstElementChild;
    const height = row ? row.getBoundingClientRect().height : 0;
    return height > 0 ? height : this.#options.estimatedRowHeight;
  }

  /**
   * Starts watching the parent's size. The first notification comes after the first layout (the
   * parent is not in the document yet when it first renders): then the scroller is known and
   * listened to.
   */
  #observe(): void {
    this.#resizeObserver ??= new ResizeObserver(this.#refreshNextFrame);
    if (this.#parent) this.#resizeObserver.observe(this.#parent);
  }

  /** Asks for a refresh in the next frame, once; also the ResizeObserver's callback (see above). */
  readonly #refreshNextFrame = (): void => {
    if (this.#refreshFrame !== 0) return;
    this.#refreshFrame = requestAnimationFrame(() => {
      this.#refreshFrame = 0;
      this.#listen();
      this.#refresh();
    });
  };

  #listen(): void {
    const parent = this.#parent;
    if (this.#listening || !parent?.isConnected) return;
    this.#listening = true;
    const { scroller } = this.#options;
    if (scroller && scroller !== 'self') this.#scroller = parent.closest<HTMLElement>(scroller);
    this.#scroller?.addEventListener('scroll', this.#refresh, { passive: true });
    if (this.#scroller && this.#scroller !== parent) this.#resizeObserver?.observe(this.#scroller);
    globalThis.addEventListener('scroll', this.#refresh, { passive: true });
    globalThis.addEventListener('resize', this.#refresh, { passive: true });
  }

  #stopListening(): void {
    if (!this.#listening) return;
    this.#listening = false;
    this.#scroller?.removeEventListener('scroll', this.#refresh);
    globalThis.removeEventListener('scroll', this.#refresh);
    globalThis.removeEventListener('resize', this.#refresh);
  }
}

const virtualRowsDirective = directive(VirtualRows);

/** Renders only the rows of `options.items` near the viewport; see the top of this file. */
export function virtualRows<Item>(options: VirtualRowsOptions<Item>): DirectiveResult<typeof VirtualRows> {
  return virtualRowsDirective(options as VirtualRowsOptions<unknown>);
}

/** The virtual rows rendered into `parent`, if any. */
export function virtualRowsIn(parent: Element | null | undefined): VirtualRowsHandle | undefined {
  return (parent as RowsParent | null | undefined)?.[ROWS];
}
