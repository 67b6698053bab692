/**
 * A menu button after the WAI-ARIA APG "Menu Button" pattern, for any element that renders a
 * `<button aria-haspopup="menu">` and a `role="menu"` of `menuitem` / `menuitemcheckbox` items.
 * Enter, Space or Down Arrow on the button open the menu on the first item, Up Arrow on the last;
 * arrows, Home and End move (through RovingFocusController), a letter jumps to the next item
 * starting with it; Enter or a click activates and closes, Space on a `menuitemcheckbox` toggles
 * and keeps the menu open; Escape closes and returns focus to the button; Tab closes and moves on
 * from the button; focus leaving closes. The host renders `open` (e.g. `?hidden=${!menu.open}`
 * and `aria-expanded`) and hears which item was chosen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RovingFocusController } from './roving-focus-controller.js';

export interface MenuControllerOptions {
  /** The menu button. */
  button(): HTMLElement | null | undefined;
  /** The element with `role="menu"`. */
  menu(): HTMLElement | null | undefined;
  /** Called when the user activates an enabled item (the menu closes afterwards unless `keepOpen`). */
  onSelect(item: HTMLElement, index: number, keepOpen: boolean): void;
}

type Host = ReactiveControllerHost & HTMLElement;

const ITEM_SELECTOR = '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]';

const isDisabled = (item: HTMLElement): boolean => item.getAttribute('aria-disabled') === 'true';

export class MenuController implements ReactiveController {
  readonly host: Host;
  /** Whether the menu is shown. */
  open = false;

  private readonly options: MenuControllerOptions;

  constructor(host: Host, options: MenuControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
    new RovingFocusController<HTMLElement>(host, {
      items: () => (this.open ? this.items() : []),
      orientation: 'vertical',
      onActivate: (item, index, event) => this.select(item, index, event.key === ' '),
    });
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
    this.host.addEventListener('click', this.onClick);
    // Focus moving inside a shadow root fires no focusout on its host, so listen in the root.
    this.root().addEventListener('focusout', this.onFocusOut as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.host.removeEventListener('click', this.onClick);
    this.root().removeEventListener('focusout', this.onFocusOut as EventListener);
    this.open = false;
  }

  private root(): Node {
    return (this.host as { renderRoot?: Node }).renderRoot ?? this.host;
  }

  /** The menu's items, in order. */
  items(): HTMLElement[] {
    return [...(this.options.menu()?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? [])];
  }

  /** Opens the menu and focuses its first (or last) enabled item. */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const enabled = this.items().filter((item) => !isDisabled(item));
    (focus === 'first' ? enabled[0] : enabled[enabled.length - 1])?.focus();
  }

  /** Closes the menu; with `returnFocus`, focus goes back to the button. */
  hide(returnFocus = true): void {
    if (!this.open) return;
    // Focus first: hiding the focused item would drop focus to the page.
    if (returnFocus) this.options.button()?.focus();
    this.open = false;
    this.host.requestUpdate();
  }

  private select(item: HTMLElement, index: number, keepOpen: boolean): void {
    const stays = keepOpen && item.getAttribute('role') === 'menuitemcheckbox';
    this.options.onSelect(item, index, stays);
    if (!stays) this.hide();
  }

  private inside(event: Event, element: HTMLElement | null | undefined): boolean {
    return !!element && event.composedPath().includes(element);
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (this.inside(event, this.options.button())) {
      if (this.open) this.hide();
      else void this.show('first');
      return;
    }
    if (!this.open || !this.inside(event, this.options.menu())) return;
    const path = event.composedPath();
    const items = this.items();
    const index = items.findIndex((item) => path.includes(item));
    const item = items[index];
    if (item && !isDisabled(item)) this.select(item, index, false);
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (this.inside(event, this.options.button())) {
      // Enter and Space also click a native button; the click handler opens the menu then.
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
      }
      return;
    }
    if (!this.open || !this.inside(event, this.options.menu())) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.hide();
    } else if (event.key === 'Tab') {
      // Focus the button and let Tab go on from there: focus lands after (or before) the button.
      this.hide();
    } else if (event.key.length === 1 && event.key !== ' ') {
      this.jumpTo(event.key, event);
    }
  };

  /** Moves focus to the next enabled item whose text starts with `letter`. */
  private jumpTo(letter: string, event: KeyboardEvent): void {
    const items = this.items();
    const path = event.composedPath();
    const from = items.findIndex((item) => path.includes(item));
    const wanted = letter.toLocaleLowerCase();
    for (let step = 1; step <= items.length; step++) {
      const item = items[(from + step) % items.length]!;
      if (!isDisabled(item) && item.textContent!.trim().toLocaleLowerCase().startsWith(wanted)) {
        event.preventDefault();
        item.focus();
        return;
      }
    }
  }

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (!this.open) return;
    const next = event.relatedTarget as Node | null;
    const menu = this.options.menu();
    const button = this.options.button();
    if (next && (menu?.contains(next) || next === button)) return;
    this.hide(false);
  };
}
