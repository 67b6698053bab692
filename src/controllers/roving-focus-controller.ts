/**
 * Keyboard movement inside a composite widget (tabs, listbox, grid rows, menu): arrow keys, Home and
 * End move DOM focus between the host's items, wrapping and skipping disabled ones, with the
 * horizontal arrows swapped in right-to-left text. The host keeps its own state: it says which items
 * exist and which one is active (holds `tabindex="0"`), and hears where focus went and which item
 * the user activated with Enter or Space.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const ROVING_ORIENTATIONS = ['horizontal', 'vertical', 'both'] as const;
/** Which arrow keys move: Left/Right, Up/Down, or all four (a single-column list or a menu bar). */
export type RovingOrientation = (typeof ROVING_ORIENTATIONS)[number];

/** Options are read on every key press, so a getter (`get orientation() { … }`) can follow the host. */
export interface RovingFocusOptions<T extends HTMLElement> {
  /** The items in reading order. Called on every key press, so it may query the DOM. */
  items(): readonly T[];
  /** Index in `items()` of the active item, the one that holds `tabindex="0"`; -1 for none. */
  activeIndex?(): number;
  /** Items the keys skip. Default: `aria-disabled="true"` or a disabled form control. */
  isDisabled?(item: T): boolean;
  /** Default `horizontal`. */
  orientation?: RovingOrientation;
  /** Whether the arrows wrap from the last item to the first and back. Default `true`. */
  wrap?: boolean;
  /** Passed to `item.focus()`; `{ preventScroll: true }` when the host scrolls items into view itself. */
  focusOptions?: FocusOptions;
  /** Called after a key moved focus to `item`. */
  onMove?(item: T, index: number, event: KeyboardEvent): void;
  /** Called for Enter or Space on an enabled item. Without it those keys are left alone. */
  onActivate?(item: T, index: number, event: KeyboardEvent): void;
}

const isDisabledByDefault = (item: HTMLElement): boolean => item.matches('[aria-disabled="true"], :disabled');

export class RovingFocusController<T extends HTMLElement = HTMLElement> implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;
  #options: RovingFocusOptions<T>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RovingFocusOptions<T>) {
    this.host = host;
    this.#options = options;
    host.addController(this);
  }

  // One listener on the host hears keys from items in its shadow root and in its light DOM alike;
  // keys from anything else (a field in a tab panel, a nested widget) are ignored.
  hostConnected(): void {
    this.host.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#onKeydown);
  }

  /** Moves focus to the active item, else to the first enabled one. Returns whether it focused one. */
  focusActive(focusOptions = this.#options.focusOptions): boolean {
    const items = this.#options.items();
    const item = items[this.#options.activeIndex?.() ?? -1] ?? items[this.#step(items, -1, 1, true)];
    item?.focus(focusOptions);
    return !!item;
  }

  /** The index in `items()` of the item an event came from (from it or from inside it); -1 for none. */
  indexOf(event: Event): number {
    const path = event.composedPath();
    return this.#options.items().findIndex((item) => path.includes(item));
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const options = this.#options;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const items = options.items();
    const from = this.indexOf(event);
    const item = items[from];
    if (!item) return;
    const { key } = event;

    if (key === 'Enter' || key === ' ') {
      if (!options.onActivate) return;
      // Space would scroll the page, and Enter could submit a surrounding form.
      event.preventDefault();
      if (!this.#isDisabled(item)) options.onActivate(item, from, event);
      return;
    }

    // Home and End search from just outside either end, the arrows from the focused item.
    const orientation = options.orientation ?? 'horizontal';
    let start = from;
    let direction: number;
    if (key === 'Home') [start, direction] = [-1, 1];
    else if (key === 'End') [start, direction] = [items.length, -1];
    else if (orientation !== 'horizontal' && (key === 'ArrowDown' || key === 'ArrowUp'))
      direction = key === 'ArrowDown' ? 1 : -1;
    else if (orientation !== 'vertical' && (key === 'ArrowRight' || key === 'ArrowLeft'))
      // The item's computed direction follows `dir` on any ancestor, across shadow roots.
      direction = (key === 'ArrowRight') !== (getComputedStyle(item).direction === 'rtl') ? 1 : -1;
    else return;
    event.preventDefault();
    const to = this.#step(items, start, direction, options.wrap ?? true);
    const target = items[to];
    if (!target || to === from) return;
    target.focus(options.focusOptions);
    options.onMove?.(target, to, event);
  };

  /** The first enabled item after `from` in `direction`, going round when `wrap`; -1 for none. */
  #step(items: readonly T[], from: number, direction: number, wrap: boolean): number {
    const count = items.length;
    for (let index = from, tried = 0; tried < count; tried++) {
      index = wrap ? (index + direction + count) % count : index + direction;
      if (items[index] && !this.#isDisabled(items[index])) return index;
    }
    return -1;
  }

  #isDisabled(item: T): boolean {
    return (this.#options.isDisabled ?? isDisabledByDefault)(item);
  }
}
