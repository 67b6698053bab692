import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { SaleTabChangeEvent } from '../../events/sale-tab-change.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { saleTabsStyles } from './sale-tabs.styles.js';

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

export const TAB_ACTIVATIONS = ['auto', 'manual'] as const;
/** `auto`: the arrow keys select the tab they move to. `manual`: they only move focus; Enter or Space selects. */
export type TabActivation = (typeof TAB_ACTIVATIONS)[number];

/** A tab that passed validation: what the element renders. */
interface ShownTab {
  id: string;
  label: string;
  marked: boolean;
  disabled: boolean;
}

const PLACEHOLDER = '—';

function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Keeps the usable, visible tabs of whatever the host passed, and lists what was wrong with the rest. */
function normalizeTabs(input: unknown): { tabs: ShownTab[]; problems: string[] } {
  const tabs: ShownTab[] = [];
  const problems: string[] = [];
  if (!Array.isArray(input)) {
    problems.push(`tabs should be an array of { id, label }, not ${input === null ? 'null' : typeof input}`);
    return { tabs, problems };
  }
  const seen = new Map<string, number>();
  input.forEach((raw: unknown, index) => {
    const field = `tabs[${index}]`;
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`${field} is ${raw === null ? 'null' : typeof raw}, not a tab (left out)`);
      return;
    }
    const tab = raw as Partial<Record<keyof TabDefinition, unknown>>;
    const id = textOf(tab.id);
    if (id === undefined) {
      problems.push(`${field}.id is missing (tab left out)`);
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(`${field}.id ${JSON.stringify(id)} repeats tabs[${first}].id (tab left out)`);
      return;
    }
    seen.set(id, index);
    let label = textOf(tab.label);
    if (label === undefined) {
      problems.push(`${field}.label is missing (showing "${PLACEHOLDER}")`);
      label = PLACEHOLDER;
    }
    if (tab.hidden) return;
    tabs.push({ id, label, marked: Boolean(tab.marked), disabled: Boolean(tab.disabled) });
  });
  return { tabs, problems };
}

/**
 * Tabs after the WAI-ARIA Authoring Practices "Tabs" pattern. The host describes the tabs as data
 * and gives each panel as a child with `slot="<tab id>"`; only the selected panel is shown, inside
 * one `role="tabpanel"` labelled by its tab. Arrow keys (swapped in right-to-left), Home and End
 * move between enabled tabs and wrap; a row of tabs too wide for the element scrolls sideways.
 *
 * @tagname sale-tabs
 * @summary Accessible tabs whose panels are the element's children, slotted by tab id.
 *
 * @slot <tab id> - The panel of the tab with that id, for example `<div slot="notes">`. Only the selected one shows.
 *
 * @fires {SaleTabChangeEvent} sale-tab-change - The user picked another tab (click, arrow keys, or Enter/Space with manual activation). `detail: { id, previous }`. Cancelable: `preventDefault()` keeps the previous tab. Not fired when the host sets `selected`.
 *
 * @csspart tablist - The row of tabs (`role="tablist"`); scrolls sideways when the tabs do not fit.
 * @csspart tab - Each tab (`role="tab"`); style states with `aria-selected` and `aria-disabled` through `tab-selected` and `tab-disabled`.
 * @csspart tab-selected - Also on the selected tab.
 * @csspart tab-disabled - Also on each disabled tab.
 * @csspart marker - The dot after the label of a `marked` tab.
 * @csspart panel - The `role="tabpanel"` box around the selected panel.
 *
 * @cssprop [--sale-tabs-color=light-dark(#45454d, #c4c4cc)] - Text colour of tabs that are not selected.
 * @cssprop [--sale-tabs-selected-color=light-dark(#1558b0, #8ab4f8)] - Text colour of the selected tab.
 * @cssprop [--sale-tabs-indicator-color=var(--sale-tabs-selected-color)] - Colour of the line under the selected tab.
 * @cssprop [--sale-tabs-indicator-size=3px] - Thickness of that line.
 * @cssprop [--sale-tabs-disabled-color=light-dark(#8a8a92, #74747c)] - Text colour of disabled tabs.
 * @cssprop [--sale-tabs-hover-background=light-dark(#f0f0f3, #2b2b31)] - Background of a tab under the pointer.
 * @cssprop [--sale-tabs-divider-color=light-dark(#d4d4da, #3c3c44)] - The line under the row of tabs.
 * @cssprop [--sale-tabs-marker-color=currentColor] - Colour of the dot on a marked tab.
 * @cssprop [--sale-tabs-gap=0] - Space between tabs.
 * @cssprop [--sale-tabs-tab-padding=0.625em 1em] - Padding inside each tab.
 * @cssprop [--sale-tabs-panel-padding=1em 0] - Padding around the panel.
 * @cssprop [--sale-focus-ring-color=#1a73e8] - Colour of the keyboard focus ring.
 */
export class SaleTabs extends LitElement {
  static override styles = saleTabsStyles;

  /** The tabs, in order: `{ id, label, marked?, disabled?, hidden? }[]`. Invalid entries are left out with a warning. */
  @property({ attribute: false }) tabs: TabDefinition[] = [];

  /** The id of the selected tab. Defaults to the first enabled tab; an id that matches no shown tab falls back to it. */
  @property({ reflect: true }) selected?: string;

  /** The accessible name of the row of tabs, such as "Sale details". */
  @property() label?: string;

  /** `auto` (default): arrow keys select the tab they move to. `manual`: arrow keys move focus, Enter or Space selects. */
  @property() activation: TabActivation = 'auto';

  /** @internal */
  private shown: ShownTab[] = [];
  /** @internal Index in `shown` of the selected tab, or -1. */
  private selectedIndex = -1;
  /** @internal Whether the selected tab must be scrolled into view after this update. */
  private revealQueued = false;
  /** @internal */
  private readonly locale = new LocaleController(this);
  /** @internal */
  private readonly roving = new RovingFocusController<HTMLElement>(this, {
    items: () => this.tabElements(),
    activeIndex: () => this.selectedIndex,
    // The element scrolls only its own tab row, so focusing never scrolls the page.
    focusOptions: { preventScroll: true },
    onMove: (tab, index) => {
      this.reveal(tab);
      if (this.activation !== 'manual') this.userSelect(index);
    },
    onActivate: (_tab, index) => this.userSelect(index),
  });

  constructor() {
    super();
    this.addEventListener('click', this.onClick);
  }

  /** Moves keyboard focus to the selected tab. */
  override focus(options?: FocusOptions): void {
    this.roving.focusActive(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tabs')) {
      const { tabs, problems } = normalizeTabs(this.tabs);
      this.shown = tabs;
      if (problems.length > 0) console.warn(`<sale-tabs>: ${problems.join('; ')}.`);
    }
    if (changed.has('activation') && !TAB_ACTIVATIONS.includes(this.activation)) {
      console.warn(
        `<sale-tabs>: activation ${JSON.stringify(String(this.activation))} is not one of ${TAB_ACTIVATIONS.join(', ')}; using auto.`,
      );
    }
    if (changed.has('tabs') || changed.has('selected')) {
      this.resolveSelected();
      // Revealing reads layout. On the first render the row starts at the first tab, so mounting many
      // elements with their first tab selected reads none.
      this.revealQueued = this.hasUpdated || this.selectedIndex > 0;
    }
  }

  protected override render() {
    if (this.shown.length === 0) return html`<div part="panel">${PLACEHOLDER}</div>`;
    const hint = this.locale.t('tabs.hasContent');
    const selected = this.selectedIndex;
    return html`<div role="tablist" part="tablist" aria-label=${this.label || nothing}>
        ${this.shown.map((tab, index) => {
          const isSelected = index === selected;
          return html`<div
            role="tab"
            id="tab-${index}"
            part="tab${isSelected ? ' tab-selected' : ''}${tab.disabled ? ' tab-disabled' : ''}"
            aria-selected=${isSelected ? 'true' : 'false'}
            aria-controls="panel"
            aria-disabled=${tab.disabled ? 'true' : nothing}
            tabindex=${isSelected ? '0' : '-1'}
          >
            ${tab.label}${tab.marked ? this.renderMarker(hint) : nothing}
          </div>`;
        })}
      </div>
      <div role="tabpanel" id="panel" part="panel" aria-labelledby="tab-${selected}" tabindex="0">
        <slot name=${this.selected!}></slot>
      </div>`;
  }

  protected override updated(): void {
    if (!this.revealQueued) return;
    this.revealQueued = false;
    const tab = this.tabElements()[this.selectedIndex];
    if (tab) this.reveal(tab);
  }

  /** @internal */
  private renderMarker(hint: string) {
    return html`<span part="marker" aria-hidden="true"></span><span class="visually-hidden">, ${hint}</span>`;
  }

  /** @internal The rendered tabs, in the order of `shown`. */
  private tabElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
  }

  /** @internal Points `selected` at a shown tab: the host's choice when it exists, else the first enabled one. */
  private resolveSelected(): void {
    if (this.shown.length === 0) {
      this.selectedIndex = -1;
      return;
    }
    const wanted = this.selected == null ? '' : String(this.selected);
    let index = this.shown.findIndex((tab) => tab.id === wanted);
    if (index < 0) {
      const firstEnabled = this.shown.findIndex((tab) => !tab.disabled);
      index = firstEnabled < 0 ? 0 : firstEnabled;
      if (wanted !== '') {
        console.warn(
          `<sale-tabs>: selected ${JSON.stringify(wanted)} matches no shown tab; showing ${JSON.stringify(this.shown[index]!.id)}.`,
        );
      }
    }
    this.selectedIndex = index;
    this.selected = this.shown[index]!.id;
  }

  /** @internal Like the keys, clicks are heard on the host; those from panels and nested tabs are ignored. */
  private readonly onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    this.userSelect(this.tabElements().findIndex((tab) => path.includes(tab)));
  };

  /** @internal Selects a tab for the user, unless it is disabled or a listener cancels the change. */
  private userSelect(index: number): void {
    const tab = this.shown[index];
    if (!tab || tab.disabled || index === this.selectedIndex) return;
    const event = new SaleTabChangeEvent({ id: tab.id, previous: this.shown[this.selectedIndex]!.id });
    if (this.dispatchEvent(event)) this.selected = tab.id;
  }

  /** @internal Scrolls the tab row, and only the tab row, so that `tab` is fully visible. */
  private reveal(tab: HTMLElement): void {
    const list = tab.parentElement!;
    const bounds = list.getBoundingClientRect();
    const box = tab.getBoundingClientRect();
    const overflow =
      box.left < bounds.left
        ? box.left - bounds.left
        : box.right > bounds.right
          ? box.right - bounds.right
          : 0;
    if (overflow !== 0) list.scrollLeft += overflow;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sale-tabs': SaleTabs;
  }
}
