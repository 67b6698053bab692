import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { scrollIntoViewWithin } from '../../controllers/scroll-into-view.js';
import { SaleTabChangeEvent } from '../../events/sale-tab-change.js';
import { SaleTabChangedEvent } from '../../events/sale-tab-changed.js';
import { LanguageController } from '../../i18n/locale-controller.js';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { PLACEHOLDER } from '../../model/placeholder.js';
import type { DataWarning } from '../../model/types.js';
import { guardObjectAttributes } from '../../properties/object-attribute-guard.js';
import { textAttribute } from '../../properties/text-attribute.js';
import { revealOnResize } from './reveal-on-resize.js';
import { saleTabsMessages } from './sale-tabs.messages.js';
import { saleTabsStyles } from './sale-tabs.styles.js';
import {
  readActivation,
  readLabel,
  readSelected,
  readTabs,
  type ShownTab,
  type TabActivation,
} from './tab-inputs.js';
import { attribute, newElement, syncTabRow } from './tab-row.js';

/** One tab as the host describes it. The panel is the light-DOM child with `slot="<id>"`. */
export interface TabDefinition {
  /** Unique among the tabs; also the `slot` name of the tab's panel. */
  id: string;
  /** The tab's text (never markup). */
  label: string;
  /** Shows a dot after the label and tells screen readers the tab "has content". */
  marked?: boolean;
  /** Shown but not selectable; the arrow keys skip it. */
  disabled?: boolean;
  /** Not rendered at all. */
  hidden?: boolean;
}

export { TAB_ACTIVATIONS, type TabActivation } from './tab-inputs.js';

/** A list of bad tabs is named in full, up to this many problems. */
const LISTED_PROBLEMS = 10;

let skeletonTemplate: DocumentFragment | undefined;

/** The row of tabs and the one panel around the selected panel's slot, built once and cloned. */
function skeleton(): DocumentFragment {
  if (!skeletonTemplate) {
    skeletonTemplate = document.createDocumentFragment();
    const panel = newElement('div', { role: 'tabpanel', id: 'panel', part: 'panel', tabindex: '0' });
    panel.append(document.createElement('slot'));
    skeletonTemplate.append(newElement('div', { role: 'tablist', part: 'tablist' }), panel);
  }
  return skeletonTemplate;
}

/**
 * Tabs after the WAI-ARIA Authoring Practices "Tabs" pattern. The host describes the tabs as data
 * and gives each panel as a child with `slot="<tab-id>"`; only the selected panel is shown, inside
 * one `role="tabpanel"` labelled by its tab. Arrow keys (swapped in right-to-left), Home and End
 * move between enabled tabs and wrap; a row of tabs too wide for the element scrolls sideways.
 *
 * @tagname sale-tabs
 * @summary Accessible tabs whose panels are the element's children, slotted by tab id.
 *
 * @slot <tab-id> - Each panel is a child whose `slot` is its tab's id, such as `<div slot="notes">`. Only the selected one shows.
 *
 * @fires {SaleTabChangeEvent} sale-tab-change - The user picked another tab (click, arrow keys, or Enter/Space with manual activation). `detail: { id, previous }`. Cancelable: `preventDefault()` keeps the previous tab. Not fired when the host sets `selected`.
 * @fires {SaleTabChangedEvent} sale-tab-changed - The user's pick took effect: `sale-tab-change` was not cancelled and `selected` now names the picked tab. `detail: { id, previous }`. Not cancelable; not fired when the host sets `selected`.
 *
 * @csspart tablist - The row of tabs (`role="tablist"`); scrolls sideways when the tabs do not fit.
 * @csspart tab - Each tab (`role="tab"`). `::part()` cannot test attributes, hence the two parts below.
 * @csspart tab-selected - Also on the selected tab.
 * @csspart tab-disabled - Also on each disabled tab.
 * @csspart marker - The dot after the label of a `marked` tab.
 * @csspart panel - The `role="tabpanel"` box around the selected panel.
 *
 * @cssprop [--sale-tabs-color=var(--sale-color-text-muted)] - Text colour of tabs that are not selected. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-tabs-selected-color=var(--sale-color-accent)] - Text colour of the selected tab.
 * @cssprop [--sale-tabs-indicator-color=var(--sale-tabs-selected-color)] - Colour of the line under the selected tab.
 * @cssprop [--sale-tabs-indicator-size=3px] - Thickness of that line.
 * @cssprop [--sale-tabs-disabled-color=light-dark(#8a8a92, #74747c)] - Text colour of disabled tabs.
 * @cssprop [--sale-tabs-hover-background=var(--sale-color-surface-hover)] - Background of a tab under the pointer.
 * @cssprop [--sale-tabs-divider-color=var(--sale-color-border)] - The line under the row of tabs.
 * @cssprop [--sale-tabs-marker-color=currentColor] - Colour of the dot on a marked tab.
 * @cssprop [--sale-tabs-gap=0] - Space between tabs.
 * @cssprop [--sale-tabs-tab-padding=0.625em 1em] - Padding inside each tab.
 * @cssprop [--sale-tabs-panel-padding=1em 0] - Padding around the panel.
 * @cssprop [--sale-focus-ring-color=#1a73e8] - Colour of the keyboard focus ring.
 */
export class SaleTabs extends ReactiveElement {
  static override styles = saleTabsStyles;

  // Declared without decorators: the decorator runtime would cost each entry about 0.4 kB gzip.
  // With `useDefineForClassFields: false` the field initializers below go through Lit's accessors.
  static override properties = {
    tabs: { attribute: false },
    selected: { reflect: true, converter: textAttribute },
    label: { converter: textAttribute },
    activation: { converter: textAttribute },
  };

  static {
    guardObjectAttributes(this);
  }

  /** The tabs, in order: `{ id, label, marked?, disabled?, hidden? }[]`. Invalid entries are left out with a warning. */
  tabs: TabDefinition[] = [];

  /** The id of the selected tab. Defaults to the first enabled tab; an id that matches no shown tab falls back to it. */
  selected?: string;

  /** The accessible name of the row of tabs, such as "Sale details". */
  label?: string;

  /** `auto` (default): arrow keys select the tab they move to. `manual`: arrow keys move focus, Enter or Space selects. */
  activation: TabActivation = 'auto';

  #shown: ShownTab[] = [];
  /** The row's accessible name, as `label` was last read. */
  #rowLabel: string | null = null;
  /** Index in `#shown` of the selected tab, or -1. */
  #selectedIndex = -1;
  /** Whether to scroll the selected tab into view after this update. */
  #revealQueued = false;
  /** Set while the user's own pick updates `selected`: that tab is already in view. */
  #pickedByUser = false;
  #locale = new LanguageController(this, saleTabsMessages);
  #roving = new RovingFocusController<HTMLElement>(this, {
    items: () => this.#tabElements(),
    activeIndex: () => this.#selectedIndex,
    // The element scrolls only its own tab row, so focusing never scrolls the page.
    focusOptions: { preventScroll: true },
    onMove: (tab, index) => {
      this.#reveal(tab);
      if (this.activation !== 'manual') this.#userSelect(index);
    },
    onActivate: (_tab, index) => this.#userSelect(index),
  });

  constructor() {
    super();
    // A container that narrows or widens keeps the selected tab in view.
    revealOnResize(this, () => this.#revealSelected());
    // Like the keys (see RovingFocusController), clicks are heard on the host; those that come
    // from a panel, or from tabs nested in one, hit none of this element's tabs and are ignored.
    // A tab clicked at the edge of a narrow row may be half hidden: show all of it.
    this.addEventListener('click', (event) => {
      const index = this.#roving.indexOf(event);
      this.#userSelect(index);
      const tab = this.#tabElements()[index];
      if (tab) this.#reveal(tab);
    });
  }

  /** Moves keyboard focus to the selected tab. */
  override focus(options?: FocusOptions): void {
    this.#roving.focusActive(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // One warning per update, naming each problem.
    const warnings: DataWarning[] = [];
    if (changed.has('tabs')) this.#shown = readTabs(this.tabs, warnings);
    if (changed.has('label')) this.#rowLabel = readLabel(this.label, warnings);
    if (changed.has('activation')) readActivation(this.activation, warnings);
    if (changed.has('tabs') || changed.has('selected')) {
      this.#resolveSelected(warnings);
      // Revealing reads layout. On the first render the row starts at the first tab, so mounting many
      // elements with their first tab selected reads none.
      // A tab the user clicked or reached with a key is in view already (onMove reveals it), so
      // only the host's choices need the layout read.
      this.#revealQueued = !this.#pickedByUser && (this.hasUpdated || this.#selectedIndex > 0);
    }
    this.#pickedByUser = false;
    reportProblems('sale-tabs', warnings, LISTED_PROBLEMS);
  }

  // A ReactiveElement renders by hand: without lit-html, the entry is about 3 kB smaller (see
  // tab-row.ts for why the row is built by hand anyway).
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const root = this.renderRoot;
    if (!this.#shown.length) {
      const placeholder = newElement('div', { part: 'panel' });
      placeholder.textContent = PLACEHOLDER;
      root.replaceChildren(placeholder);
      return;
    }
    let row = root.firstElementChild!;
    if (row?.getAttribute('role') !== 'tablist') {
      root.replaceChildren(skeleton().cloneNode(true));
      row = root.firstElementChild!;
    }
    const panel = row.nextElementSibling!;
    attribute(row, 'aria-label', this.#rowLabel);
    attribute(panel, 'aria-labelledby', `tab-${this.#selectedIndex}`);
    attribute(panel.firstElementChild!, 'name', this.selected!);
    syncTabRow(row, this.#shown, this.#selectedIndex, this.#locale.t('tabs.hasContent'));
  }

  protected override updated(): void {
    if (!this.#revealQueued) return;
    this.#revealQueued = false;
    this.#revealSelected();
  }

  #revealSelected(): void {
    const tab = this.#tabElements()[this.#selectedIndex];
    if (tab) this.#reveal(tab);
  }

  /** The rendered tabs, in the order of `#shown`. */
  #tabElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
  }

  /** Points `selected` at a shown tab: the host's choice when it exists, else the first enabled one. */
  #resolveSelected(warnings: DataWarning[]): void {
    const shown = this.#shown;
    const wanted = readSelected(this.selected, warnings);
    let index = shown.findIndex((tab) => tab.id === wanted);
    if (shown.length && index < 0) {
      index = Math.max(
        0,
        shown.findIndex((tab) => !tab.disabled),
      );
      if (wanted) {
        warnings.push({
          field: 'selected',
          message: `"${wanted}" matches no tab; showing "${shown[index]!.id}"`,
        });
      }
    }
    this.#selectedIndex = index;
    if (index >= 0) this.selected = shown[index]!.id;
  }

  /**
   * Selects a tab for the user, unless it is disabled or a listener cancels the change, and then
   * says so. `selected` is set before `sale-tab-changed`, so its listeners read the new tab.
   */
  #userSelect(index: number): void {
    const tab = this.#shown[index];
    if (!tab || tab.disabled || index === this.#selectedIndex) return;
    const detail = { id: tab.id, previous: this.selected! };
    if (!this.dispatchEvent(new SaleTabChangeEvent(detail))) return;
    this.#pickedByUser = true;
    this.selected = tab.id;
    this.dispatchEvent(new SaleTabChangedEvent(detail));
  }

  /** Scrolls the tab row, and only the tab row, so that `tab` is fully visible. */
  #reveal(tab: HTMLElement): void {
    scrollIntoViewWithin(tab.parentElement!, tab, 'horizontal');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sale-tabs': SaleTabs;
  }
}
