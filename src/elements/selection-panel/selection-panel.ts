import { LitElement, html, type PropertyValues } from 'lit';
import { scrollIntoViewWithin } from '../../controllers/scroll-into-view.js';
import { SaleSelectEvent } from '../../events/sale-select.js';
import { SaleSkipCompletedChangeEvent } from '../../events/sale-skip-completed-change.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { virtualRows, virtualRowsIn } from '../../grid/virtual-rows.js';
import { formatNumber, pluralCategory } from '../../model/format.js';
import type { MemberInput, NeighbourDirection } from '../../model/members.js';
import { NOTHING_TYPED, typeAhead } from '../../model/type-ahead.js';
import type { Id } from '../../model/types.js';
import { guardObjectAttributes } from '../../properties/object-attribute-guard.js';
import { listboxKeyAction } from './listbox-keys.js';
import { MemberRows, MemberViewCache, type MemberView } from './member-view.js';
import { PanelInputs, ProblemBatch } from './panel-inputs.js';
import { optionId, optionIndexOf, renderMemberRow } from './selection-panel-row.js';
import { selectionPanelMessages } from './selection-panel.messages.js';
import { renderPanelTools } from './selection-panel-tools.js';
import { selectionPanelStyles } from './selection-panel.styles.js';

/** Rows the keys PageUp and PageDown move when no row has been measured yet. */
const DEFAULT_PAGE = 10;
/** Problems listed in one console message (a first render of many bad rows); the rest are counted. */
const PROBLEMS_LISTED = 8;
/** An option's height in pixels before one is measured: `--_option-height` at 16px (see the styles). */
const ESTIMATED_OPTION_HEIGHT = 53;

/**
 * The members of the current selection, one row per sale, to walk like a call list: a click, Enter
 * or Space selects a sale, and the host shows it. Overdue sales (an open sale whose sale date or next
 * follow-up has passed, a stalled sale whose re-open date has passed) are red and say "Overdue". A
 * search box filters by title and company; "Skip completed sales" hides completed (sold and lost)
 * sales. The list is virtualized, so a selection of 100,000 members renders as fast as one of 100.
 *
 * The listbox follows the WAI-ARIA APG listbox pattern: Up, Down, Home, End, PageUp and PageDown move
 * the active option, Enter or Space selects it, and typing moves to the next member whose title starts
 * with the text typed (keys less than 500 ms apart add up; one letter typed again cycles). Because only
 * the rows near the viewport exist, DOM focus stays on the listbox and `aria-activedescendant` names
 * the active option.
 *
 * Wire a sale card's Previous/Next to the panel:
 * ```js
 * card.addEventListener('sale-navigate', (event) => {
 *   const id = event.detail.direction === 'next' ? panel.next() : panel.previous();
 *   if (id !== undefined) (panel.selected = id), (card.sale = salesById.get(id));
 * });
 * ```
 *
 * @tagname selection-panel
 * @summary A virtualized, searchable list of the sales in a selection, with overdue ones marked.
 *
 * @fires {SaleSelectEvent} sale-select - The user selected a member (click, Enter or Space). `detail: { id, index }`, `index` into `members`. Cancelable: `preventDefault()` keeps the previous selection. Not fired when the host sets `selected`.
 * @fires {SaleSkipCompletedChangeEvent} sale-skip-completed-change - The user toggled "Skip completed sales". `detail: { value }`.
 *
 * @csspart heading - The heading (`<h2>`), which also names the listbox.
 * @csspart count - The number of members, "1,234 members" or "12 of 1,234 members" while filtered; a polite live region.
 * @csspart search - The search box's frame (a `<label>` around the icon and the input).
 * @csspart search-icon - The magnifying glass.
 * @csspart skip-completed - The "Skip completed sales" checkbox and its text.
 * @csspart listbox - The scrolling `role="listbox"`.
 * @csspart option - Each row (`role="option"`); the selected one has `aria-selected="true"`.
 * @csspart option-selected - Also on the selected row.
 * @csspart option-overdue - Also on each overdue row.
 * @csspart option-invalid - Instead of `option-selected`/`option-overdue` on the placeholder row of an entry without an id (`aria-disabled="true"`).
 * @csspart title - The sale's title in a row.
 * @csspart overdue - The word "Overdue" in an overdue row.
 * @csspart details - The company, sale date and amount in a row.
 * @csspart empty - The message shown instead of the listbox when no member is shown.
 *
 * @cssprop [--sale-selection-panel-list-height=24rem] - Height of the list when the host does not size the panel.
 * @cssprop [--sale-selection-panel-overdue-color=var(--sale-color-warning)] - Text and bar colour of overdue rows. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-selection-panel-muted-color=var(--sale-color-text-muted)] - Colour of the count, the details line and the search icon. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-selection-panel-divider-color=var(--sale-color-border)] - Borders and the lines between rows.
 * @cssprop [--sale-selection-panel-hover-background=var(--sale-color-surface-hover)] - Background of a row under the pointer.
 * @cssprop [--sale-selection-panel-selected-background=var(--sale-color-surface-hover)] - Background of the selected row. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-selection-panel-selected-color=var(--sale-color-accent)] - The bar on the selected row's start edge.
 * @cssprop [--sale-focus-ring-color=#1a73e8] - Colour of the keyboard focus ring.
 */
export class SelectionPanel extends LitElement {
  static override styles = selectionPanelStyles;

  static override properties = {
    members: { attribute: false },
    selected: {},
    heading: {},
    skipCompleted: { type: Boolean, attribute: 'skip-completed' },
    today: {},
    search: {},
  };

  static {
    guardObjectAttributes(this);
  }

  /** The sales of the selection, or lighter objects with at least `id` and `title` (see `MemberInput`). An entry without an id shows as a placeholder row that cannot be selected, with a warning; a search leaves it out. */
  members: readonly MemberInput[] = [];

  /** The id of the selected member; `1041` and `"1041"` match alike. The row is scrolled into view when it changes. */
  selected?: Id;

  /** The heading, which also names the listbox. Default: "Selection members" / "Utvalgsmedlemmer". */
  heading?: string;

  /** Hides completed (sold and lost) members, in the list and for `next()` / `previous()`. The user toggles it too. */
  skipCompleted = false;

  /** The day "overdue" is judged against (`YYYY-MM-DD`). Default: today in the user's time zone. */
  today?: string;

  /** The search text: words that must all occur in a member's title or company, in any letter case. The user edits it in the search box. */
  search = '';

  /** Index in `members` of the active option (the one aria-activedescendant names), or -1. */
  #activeIndex = -1;
  /** The rows of the last render, to notice when the shown list changes. */
  #renderedItems: readonly unknown[] | undefined;
  /** Where to scroll after the next update: a position among the shown members, or null. */
  #revealPending: { position: number; block: RevealBlock } | null = null;
  #pointerActivated = false;
  /** The text typed for type-ahead, until the pause after the last key or another key. */
  #typed = NOTHING_TYPED;

  readonly #locale = new LocaleController(this, selectionPanelMessages);
  readonly #problems = new ProblemBatch('selection-panel', PROBLEMS_LISTED);
  readonly #inputs = new PanelInputs(this.#problems.add);
  readonly #views = new MemberViewCache();
  readonly #rows = new MemberRows(this.#problems.add);

  /**
   * The id of the member after the selected one among those shown (honouring the search and
   * `skipCompleted`), the first one when nothing is selected, undefined after the last. Does not
   * change the selection: the host sets `selected`.
   */
  next(): Id | undefined {
    return this.#neighbour('next');
  }

  /** The id of the member before the selected one among those shown, the last one when nothing is selected, undefined before the first. */
  previous(): Id | undefined {
    return this.#neighbour('previous');
  }

  /** Moves keyboard focus to the list (its active option, else the selected one, else the first). */
  override focus(options?: FocusOptions): void {
    const listbox = this.#listbox();
    if (listbox) listbox.focus(options);
    else this.renderRoot.querySelector('input')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const view = this.#view();
    // Compared by the items, not the view: a new view with the same items (a language change
    // without a search) shows the same rows, and the active one stays where it is.
    if (view.items !== this.#renderedItems) {
      if (this.#renderedItems) {
        // The list changed under the user: keep the active member in view when it is still shown,
        // else go back to the top.
        const position = view.positionOf(this.#activeIndex);
        if (position < 0) this.#activeIndex = -1;
        this.#queueReveal(Math.max(0, position), 'nearest');
      }
      this.#renderedItems = view.items;
    }
    if (changed.has('selected')) {
      const selectedIndex = this.#selectedIndex();
      if (selectedIndex >= 0) this.#activeIndex = selectedIndex;
      const position = view.positionOf(selectedIndex);
      if (position >= 0) this.#queueReveal(position, 'center');
    }
  }

  protected override render() {
    const t = this.#locale.t;
    const locale = this.#locale.intlLocale;
    const view = this.#view();
    const total = view.list.length;
    const plural = pluralCategory(total, locale) === 'one' ? 'one' : 'other';
    const tools = renderPanelTools({
      heading: this.#inputs.heading.of(this.heading).trim() || t('selectionPanel.heading'),
      count: t(view.filtered ? `selectionPanel.countFiltered.${plural}` : `selectionPanel.count.${plural}`, {
        shown: formatNumber(view.count, locale, 0),
        count: formatNumber(total, locale, 0),
      }),
      searchLabel: t('selectionPanel.search'),
      search: this.#inputs.search.of(this.search),
      onSearchInput: this.#onSearchInput,
      skipCompletedLabel: t('selectionPanel.skipCompleted'),
      skipCompleted: this.#inputs.skipCompleted.of(this.skipCompleted),
      onSkipCompletedChange: this.#onSkipCompletedChange,
    });
    const empty = () => t(total === 0 ? 'selectionPanel.empty' : 'selectionPanel.noMatches');
    return html`<div class="panel">
      ${tools} ${view.count > 0 ? this.#renderListbox(view) : html`<p part="empty">${empty()}</p>`}
    </div>`;
  }

  protected override updated(): void {
    const reveal = this.#revealPending;
    this.#revealPending = null;
    if (reveal) this.#reveal(reveal.position, reveal.block);
  }

  #renderListbox(view: MemberView) {
    const today = this.#inputs.today(this.today);
    const selectedIndex = this.#selectedIndex();
    const overdueText = this.#locale.t('overdue');
    // The virtual rows render again on their own (as the user scrolls) with the items they were
    // last given, so the rows are drawn from the same view as those items.
    const renderRow = (_item: unknown, position: number) => {
      const index = view.indexAt(position);
      if (index === undefined) return html``;
      const { member, overdue } = this.#rows.rowOf(view.list, index, today);
      const row = { member, index, position: position + 1, setSize: view.count, overdue };
      const state = { selected: index === selectedIndex, active: index === this.#activeIndex };
      return renderMemberRow({ ...row, ...state }, this.#locale.intlLocale, overdueText);
    };
    return html`<div
      role="listbox"
      part="listbox"
      tabindex="0"
      aria-labelledby="heading"
      aria-describedby="count"
      @keydown=${this.#onKeydown}
      @pointerdown=${this.#onPointerdown}
      @click=${this.#onClick}
      @focus=${this.#onFocus}
    >
      ${virtualRows({
        items: view.items,
        key: (_item, position) => view.indexAt(position),
        renderRow,
        scroller: 'self',
        estimatedRowHeight: ESTIMATED_OPTION_HEIGHT,
        onRender: (listbox, first, end) => this.#nameActiveOption(listbox, view, first, end),
      })}
    </div>`;
  }

  /**
   * Points aria-activedescendant at the active option while it is among the rows about to be
   * rendered (`first` up to `end`), and removes it otherwise: it must never name a missing element.
   * Set here rather than bound in the template, so it follows every change of the rendered rows,
   * scrolling included, in the same commit and without another update.
   */
  #nameActiveOption(listbox: HTMLElement, view: MemberView, first: number, end: number): void {
    const position = view.positionOf(this.#activeIndex);
    if (position >= first && position < end) {
      listbox.setAttribute('aria-activedescendant', optionId(this.#activeIndex));
    } else listbox.removeAttribute('aria-activedescendant');
  }

  /** The shown members for the current properties; the last view while none of them changed. */
  #view(): MemberView {
    return this.#views.viewOf({
      list: this.#inputs.members.of(this.members),
      search: this.#inputs.search.of(this.search),
      skipCompleted: this.#inputs.skipCompleted.of(this.skipCompleted),
      locale: this.#locale.intlLocale,
    });
  }

  /** The index in `members` of the selected member, or -1. */
  #selectedIndex(): number {
    return this.#views.selectedIndexOf(
      this.#inputs.members.of(this.members),
      this.#inputs.selected.of(this.selected),
    );
  }

  #neighbour(direction: NeighbourDirection): Id | undefined {
    return this.#view().neighbour(this.#selectedIndex(), direction);
  }

  #listbox(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
  }

  #queueReveal(position: number, block: RevealBlock): void {
    this.#revealPending = { position, block };
  }

  /**
   * Scrolls the listbox, and only the listbox, so the row at `position` is in view: at the nearest
   * edge, or in the middle. A row that is not rendered yet is rendered first.
   */
  #reveal(position: number, block: RevealBlock): void {
    const listbox = this.#listbox();
    const row = virtualRowsIn(listbox)?.renderIndex(position);
    if (!listbox || !row) return;
    if (block === 'nearest') return scrollIntoViewWithin(listbox, row);
    const box = row.getBoundingClientRect();
    const bounds = listbox.getBoundingClientRect();
    listbox.scrollTop += box.top + box.height / 2 - (bounds.top + bounds.height / 2);
  }

  /** Makes the shown member at `position` the active option and keeps it in view. */
  #activate(position: number): void {
    const index = this.#view().indexAt(position);
    if (index === undefined) return;
    this.#activeIndex = index;
    this.#queueReveal(position, 'nearest');
    // A row already active still has to come back into view after the user scrolled it away.
    this.requestUpdate();
  }

  /** Selects a member for the user, unless it is selected already or a listener cancels. */
  #userSelect(index: number): void {
    const id = this.#view().idAt(index);
    if (id === undefined || index === this.#selectedIndex()) return;
    const event = new SaleSelectEvent({ id, index });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.selected = id;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const view = this.#view();
    const active = view.positionOf(this.#activeIndex);
    const modifiers = { alt: event.altKey, ctrl: event.ctrlKey, meta: event.metaKey };
    const typed =
      event.altKey || event.ctrlKey || event.metaKey
        ? undefined
        : typeAhead(this.#typed, event.key, event.timeStamp);
    this.#typed = typed ?? NOTHING_TYPED;
    if (typed) {
      // A key that finds nothing is left to the page, as before; a space never selects while typing.
      const position = view.typeAheadMatch(typed.text, active, this.#locale.intlLocale);
      if (position >= 0 || event.key === ' ') event.preventDefault();
      return this.#activate(position);
    }
    const action = listboxKeyAction(event.key, modifiers, {
      count: view.count,
      active,
      start: this.#startPosition(),
      page: this.#page(),
    });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'select') this.#userSelect(this.#activeIndex);
    else this.#activate(action.position);
  };

  /** Rows PageUp and PageDown move: the whole rows in view, less one row of context, as native lists do. */
  #page(): number {
    const listbox = this.#listbox();
    const row = listbox?.querySelector('[role="option"]')?.getBoundingClientRect().height;
    return listbox && row ? Math.max(1, Math.floor(listbox.clientHeight / row) - 1) : DEFAULT_PAGE;
  }

  /** Where the keyboard starts when no option is active: the selected member, else the first. */
  #startPosition(): number {
    return Math.max(0, this.#view().positionOf(this.#selectedIndex()));
  }

  // The option becomes active on pointerdown, before the listbox takes focus, so that the focus
  // handler does not scroll another row into view under the pointer.
  readonly #onPointerdown = (event: PointerEvent): void => {
    const index = optionIndexOf(event);
    if (index < 0) return;
    this.#pointerActivated = true;
    this.#activeIndex = index;
    this.requestUpdate();
  };

  readonly #onClick = (event: MouseEvent): void => {
    const index = optionIndexOf(event);
    if (index < 0) return;
    this.#activeIndex = index;
    this.#userSelect(index);
    this.requestUpdate();
  };

  readonly #onFocus = (): void => {
    const fromPointer = this.#pointerActivated;
    this.#pointerActivated = false;
    if (fromPointer || this.#view().positionOf(this.#activeIndex) >= 0) return;
    this.#activate(this.#startPosition());
  };

  readonly #onSearchInput = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
  };

  readonly #onSkipCompletedChange = (event: Event): void => {
    this.skipCompleted = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(new SaleSkipCompletedChangeEvent({ value: this.skipCompleted }));
  };
}

/** Where a revealed row goes: to the nearest edge of the listbox, or to its middle. */
type RevealBlock = 'nearest' | 'center';

declare global {
  interface HTMLElementTagNameMap {
    'selection-panel': SelectionPanel;
  }
}
