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

export interface RovingFocusOptions<T extends HTMLElement> {
  /** The items in reading order. Called on every key press, so it may query the DOM. */
  items(): readonly T[];
  /** Index in `items()` of the active item, the one that holds `tabindex="0"`; -1 for none. */
  activeIndex?(): number;
  /** Items the keys skip. Default: `aria-disabled="true"` or a disabled form control. */
  isDisabled?(item: T): boolean;
  /** Default `horizontal`. A function lets it follow a host property. */
  orientation?: RovingOrientation | (() => RovingOrientation);
  /** Whether the arrows wrap from the last item to the first and back. Default `true`. */
  wrap?: boolean | (() => boolean);
  /** Passed to `item.focus()`; `{ preventScroll: true }` when the host scrolls items into view itself. */
  focusOptions?: FocusOptions;
  /** Called after a key moved focus to `item`. */
  onMove?(item: T, index: number, event: KeyboardEvent): void;
  /** Called for Enter or Space on an enabled item. Without it those keys are left alone. */
  onActivate?(item: T, index: number, event: KeyboardEvent): void;
}

type Host = ReactiveControllerHost & HTMLElement;
type Step = 'previous' | 'next' | 'first' | 'last';

const defaultIsDisabled = (item: HTMLElement): boolean =>
  item.getAttribute('aria-disabled') === 'true' || item.matches(':disabled');

const resolve = <V>(value: V | (() => V)): V => (typeof value === 'function' ? (value as () => V)() : value);

export class RovingFocusController<T extends HTMLElement = HTMLElement> implements ReactiveController {
  readonly host: Host;
  private readonly options: RovingFocusOptions<T>;

  constructor(host: Host, options: RovingFocusOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  // One listener on the host sees keys from items in its shadow root and in its light DOM alike;
  // keys from anywhere else (a field inside a tab panel, a nested widget) are ignored below.
  hostConnected(): void {
    this.host.addEventListener('keydown', this.handleKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.handleKeydown);
  }

  /** Moves focus to the active item, else to the first enabled one. Returns whether it focused one. */
  focusActive(focusOptions: FocusOptions | undefined = this.options.focusOptions): boolean {
    const items = this.options.items();
    const active = this.options.activeIndex?.() ?? -1;
    const index = items[active] ? active : this.step(items, -1, 'first');
    const item = items[index];
    if (!item) return false;
    item.focus(focusOptions);
    return true;
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const items = this.options.items();
    const path = event.composedPath();
    const from = items.findIndex((item) => path.includes(item));
    if (from < 0) return;
    const item = items[from]!;

    if (event.key === 'Enter' || event.key === ' ') {
      if (!this.options.onActivate) return;
      // Space would scroll the page and Enter could submit a surrounding form.
      event.preventDefault();
      if (!this.isDisabled(item)) this.options.onActivate(item, from, event);
      return;
    }

    const step = this.stepFor(event.key, item);
    if (!step) return;
    event.preventDefault();
    const to = this.step(items, from, step);
    if (to < 0 || to === from) return;
    const target = items[to]!;
    target.focus(this.options.focusOptions);
    this.options.onMove?.(target, to, event);
  };

  /** Which way a key moves from `item`, or undefined when the key is not ours. */
  private stepFor(key: string, item: T): Step | undefined {
    if (key === 'Home') return 'first';
    if (key === 'End') return 'last';
    const orientation = resolve(this.options.orientation ?? 'horizontal');
    if (orientation !== 'horizontal' && (key === 'ArrowDown' || key === 'ArrowUp')) {
      return key === 'ArrowDown' ? 'next' : 'previous';
    }
    if (orientation !== 'vertical' && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      // The item's computed direction follows `dir` on any ancestor, across shadow roots.
      const rtl = getComputedStyle(item).direction === 'rtl';
      return (key === 'ArrowRight') !== rtl ? 'next' : 'previous';
    }
    return undefined;
  }

  /** The enabled item `step` lands on from index `from`, or -1 when there is none. */
  private step(items: readonly T[], from: number, step: Step): number {
    const count = items.length;
    const forward = step === 'next' || step === 'first';
    const wrap = resolve(this.options.wrap ?? true);
    let index = step === 'first' ? -1 : step === 'last' ? count : from;
    for (let tried = 0; tried < count; tried++) {
      index += forward ? 1 : -1;
      if (index < 0 || index >= count) {
        if (!wrap || step === 'first' || step === 'last') return -1;
        index = forward ? 0 : count - 1;
      }
      if (!this.isDisabled(items[index]!)) return index;
    }
    return -1;
  }

  private isDisabled(item: T): boolean {
    return (this.options.isDisabled ?? defaultIsDisabled)(item);
  }
}
