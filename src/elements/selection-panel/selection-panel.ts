import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { SaleSelectEvent } from '../../events/sale-select.js';
import { SaleSkipCompletedChangeEvent } from '../../events/sale-skip-completed-change.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { warmUpFormattingWhenIdle } from '../../prepare/warm-up.js';
import { renderIcon } from '../../icons/icon.js';
import { magnifyingGlassIcon } from '../../icons/phosphor.js';
import { localToday, toIsoDay } from '../../model/dates.js';
import { formatNumber, pluralCategory } from '../../model/format.js';
import { describeValue } from '../../model/normalize-fields.js';
import {
  adjacentMemberIndex,
  filterMembers,
  indexOfMember,
  memberIdOf,
  neighbourIndex,
  normalizeMember,
  positionOf,
  type Member,
  type MemberInput,
} from '../../model/members.js';
import { isOverdue } from '../../model/overdue.js';
import type { DataWarning, Id } from '../../model/types.js';
import { optionId, renderMemberRow } from './selection-panel-row.js';
import { selectionPanelMessages } from './selection-panel.messages.js';
import { selectionPanelStyles } from './selection-panel.styles.js';
import { deferVirtualizerResizeNotifications } from './frame-deferred-resize-observer.js';

// Money and dates show on the first render: load the locale data while the page is idle.
warmUpFormattingWhenIdle();

/** A member normalized for display (undefined for an entry without an id), with its overdue verdict for one `today`. */
interface RowCache {
  member?: Member;
  overdueOn: string;
  overdue: boolean;
}

/** Rows the keys PageUp and PageDown move when no row has been measured yet. */
const DEFAULT_PAGE = 10;
/** Warnings listed in one console message; the rest are counted. */
const WARNINGS_SHOWN = 8;
// The default layout, imported statically: left out, the virtualizer loads it with a dynamic
// import, which costs every first render a round trip.
const LAYOUT = flow();
const NO_RANGE = { first: 0, last: -1 };

/**
 * The members of the current selection, one row per sale, to walk like a call list: a click, Enter
 * or Space selects a sale, and the host shows it. Overdue sales (an open sale whose sale date or next
 * follow-up has passed, a stalled sale whose re-open date has passed) are red and say "Overdue". A
 * search box filters by title and company; "Skip completed sales" hides sold and lost sales marked
 * done. The list is virtualized, so a selection of 100,000 members renders as fast as one of 100.
 *
 * The listbox follows the WAI-ARIA APG listbox pattern: Up, Down, Home, End, PageUp and PageDown move
 * the active option, Enter or Space selects it. Because only the rows near the viewport exist, DOM
 * focus stays on the listbox and `aria-activedescendant` names the active option.
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
 * @cssprop [--sale-selection-panel-overdue-color=light-dark(#c62828, #ff8a80)] - Text and bar colour of overdue rows.
 * @cssprop [--sale-selection-panel-muted-color=light-dark(#5c5c66, #b0b0ba)] - Colour of the count, the details line and the search icon.
 * @cssprop [--sale-selection-panel-divider-color=light-dark(#d4d4da, #3c3c44)] - Borders and the lines between rows.
 * @cssprop [--sale-selection-panel-hover-background=light-dark(#f0f0f3, #2b2b31)] - Background of a row under the pointer.
 * @cssprop [--sale-selection-panel-selected-background=light-dark(#e3edfb, #233550)] - Background of the selected row.
 * @cssprop [--sale-selection-panel-selected-color=light-dark(#1558b0, #8ab4f8)] - The bar on the selected row's start edge.
 * @cssprop [--sale-focus-ring-color=#1a73e8] - Colour of the keyboard focus ring.
 */
export class SelectionPanel extends LitElement {
  static override styles = selectionPanelStyles;

  // Declared without decorators: the decorator runtime would cost each entry about 0.4 kB gzip.
  static override properties = {
    members: { attribute: false },
    selected: {},
    heading: {},
    skipCompleted: { type: Boolean, attribute: 'skip-completed' },
    today: {},
    search: {},
  };

  /** The sales of the selection, or lighter objects with at least `id` and `title` (see `MemberInput`). An entry without an id shows as a placeholder row that cannot be selected, with a warning; a search leaves it out. */
  members: readonly MemberInput[] = [];

  /** The id of the selected member; `1041` and `"1041"` match alike. The row is scrolled into view when it changes. */
  selected?: Id;

  /** The heading, which also names the listbox. Default: "Selection members" / "Utvalgsmedlemmer". */
  heading?: string;

  /** Hides sold and lost members marked done, in the list and for `next()` / `previous()`. The user toggles it too. */
  skipCompleted = false;

  /** The day "overdue" is judged against (`YYYY-MM-DD`). Default: today in the user's time zone. */
  today?: string;

  /** The search text: words that must all occur in a member's title or company, in any letter case. The user edits it in the search box. */
  search = '';

  /** Index in `members` of the active option (the one aria-activedescendant names), or -1. */
  private activeIndex = -1;
  /** The rendered rows, as positions among the shown members (from the virtualizer). */
  private range = NO_RANGE;

  private readonly locale = new LocaleController(this, selectionPanelMessages);
  /** Each member object normalized once, when its row is first rendered. */
  private rows = new WeakMap<object, RowCache>();
  private pendingWarnings: DataWarning[] = [];
  /** Where to scroll after the next update: a position among the shown members, or null. */
  private revealPending: { position: number; block: ScrollLogicalPosition } | null = null;
  /** Rows per page for PageUp and PageDown, from the last visible range. */
  private page = DEFAULT_PAGE;
  private pointerActivated = false;

  // Memoized by identity, so that a render with unchanged inputs does no work per member. Without a
  // search or "skip completed", `shown` is null: every entry is shown in place (position = index),
  // so a first render never walks the members, however many there are.
  private listOf?: unknown = {};
  private list: readonly unknown[] = [];
  private shownOf: readonly unknown[] = [];
  private shown: readonly number[] | null = null;
  /** The members list and shown list of the last render, to notice when they change. */
  private renderedShown: readonly unknown[] = [];
  /** Rows of entries that are no object, which a WeakMap cannot key, by index in `members`. */
  private badRows = new Map<number, RowCache>();
  private selectedOf: readonly unknown[] = [];
  private selectedIndexCache = -1;

  /**
   * The id of the member after the selected one among those shown (honouring the search and
   * `skipCompleted`), the first one when nothing is selected, undefined after the last. Does not
   * change the selection: the host sets `selected`.
   */
  next(): Id | undefined {
    return this.neighbour('next');
  }

  /** The id of the member before the selected one among those shown, the last one when nothing is selected, undefined before the first. */
  previous(): Id | undefined {
    return this.neighbour('previous');
  }

  /** Moves keyboard focus to the list (its active option, else the selected one, else the first). */
  override focus(options?: FocusOptions): void {
    const listbox = this.listbox();
    if (listbox) listbox.focus(options);
    else this.renderRoot.querySelector('input')?.focus(options);
  }

  override connectedCallback(): void {
    deferVirtualizerResizeNotifications();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('today') && this.today && toIsoDay(this.today) === undefined) {
      this.report([
        {
          field: 'today',
          message: `expected an ISO date such as "2026-01-31", got ${JSON.stringify(String(this.today))}; using the real date`,
        },
      ]);
    }
    const shown = this.shownIndices();
    const list = this.memberList();
    if (shown !== this.renderedShown[0] || list !== this.renderedShown[1]) {
      // The virtualizer reports the rendered range of the new list after it rendered it; until
      // then aria-activedescendant would name rows of the old one.
      this.range = NO_RANGE;
      if (this.hasUpdated) {
        // The list changed under the user: keep the active member in view when it is still shown.
        const position = this.positionOfIndex(this.activeIndex);
        if (position < 0) this.activeIndex = -1;
        this.queueReveal(Math.max(0, position), position < 0 ? 'start' : 'nearest');
      }
      this.renderedShown = [shown, list];
    }
    if (changed.has('selected')) {
      const selectedIndex = this.selectedIndex();
      if (selectedIndex >= 0) this.activeIndex = selectedIndex;
      const position = this.positionOfIndex(selectedIndex);
      if (position >= 0) this.queueReveal(position, 'center');
    }
  }

  protected override render() {
    const t = this.locale.t.bind(this.locale);
    const shown = this.shownIndices();
    const total = this.memberList().length;
    const count = this.shownCount();
    const plural = pluralCategory(total, this.locale.intlLocale) === 'one' ? 'one' : 'other';
    const countText = t(shown ? `selectionPanel.countFiltered.${plural}` : `selectionPanel.count.${plural}`, {
      shown: formatNumber(count, this.locale.intlLocale, 0),
      count: formatNumber(total, this.locale.intlLocale, 0),
    });
    const searchLabel = t('selectionPanel.search');
    return html`<div class="panel">
      <header>
        <h2 id="heading" part="heading">${this.heading?.trim() || t('selectionPanel.heading')}</h2>
        <p id="count" part="count" role="status">${countText}</p>
      </header>
      <div class="tools">
        <label part="search">
          ${renderIcon(magnifyingGlassIcon(), 'search-icon')}
          <span class="visually-hidden">${searchLabel}</span>
          <input
            type="search"
            autocomplete="off"
            placeholder=${searchLabel}
            .value=${live(this.search ?? '')}
            @input=${this.onSearchInput}
          />
        </label>
        <label part="skip-completed">
          <input type="checkbox" .checked=${live(this.skipCompleted)} @change=${this.onSkipCompletedChange} />
          ${t('selectionPanel.skipCompleted')}
        </label>
      </div>
      ${
        count > 0
          ? this.renderListbox()
          : html`<p part="empty">${t(total === 0 ? 'selectionPanel.empty' : 'selectionPanel.noMatches')}</p>`
      }
    </div>`;
  }

  protected override updated(): void {
    const reveal = this.revealPending;
    this.revealPending = null;
    if (reveal) this.reveal(reveal.position, reveal.block);
  }

  private renderListbox() {
    const activePosition = this.positionOfIndex(this.activeIndex);
    const rendered = activePosition >= this.range.first && activePosition <= this.range.last;
    return html`<div
      role="listbox"
      part="listbox"
      tabindex="0"
      aria-labelledby="heading"
      aria-describedby="count"
      aria-activedescendant=${rendered ? optionId(this.activeIndex) : nothing}
      @keydown=${this.onKeydown}
      @pointerdown=${this.onPointerdown}
      @click=${this.onClick}
      @focus=${this.onFocus}
      @rangeChanged=${this.onRangeChanged}
      @visibilityChanged=${this.onVisibilityChanged}
    >
      ${virtualize({
        items: (this.shown ?? this.memberList()) as unknown[],
        keyFunction: (_item: unknown, position: number) => this.indexAt(position)!,
        renderItem: this.renderRow,
        scroller: true,
        layout: LAYOUT,
      })}
    </div>`;
  }

  /** Renders one member's option; called by the virtualizer for the rows near the viewport only. */
  private readonly renderRow = (_item: unknown, position: number) => {
    const index = this.indexAt(position)!;
    const row = this.rowOf(index);
    const today = this.todayIso();
    if (row.overdueOn !== today) {
      row.overdue = row.member ? isOverdue(row.member, today) : false;
      row.overdueOn = today;
    }
    return renderMemberRow(
      {
        member: row.member,
        index,
        position: position + 1,
        setSize: this.shownCount(),
        selected: index === this.selectedIndexCache,
        active: index === this.activeIndex,
        overdue: row.overdue,
      },
      this.locale.intlLocale,
      this.locale.t('overdue'),
    );
  };

  /**
   * The member at `index` normalized for display, once per member object; problems are reported
   * then. An entry without an id gets a placeholder row that cannot be selected.
   */
  private rowOf(index: number): RowCache {
    const raw = this.memberList()[index];
    const isObject = typeof raw === 'object' && raw !== null;
    let row = isObject ? this.rows.get(raw) : this.badRows.get(index);
    if (!row) {
      const warnings: DataWarning[] = [];
      const member = normalizeMember(raw, `members[${index}]`, warnings);
      if (!member) warnings[warnings.length - 1]!.message += '; shown as a placeholder';
      this.report(warnings);
      row = { member, overdueOn: '', overdue: false };
      if (isObject) this.rows.set(raw, row);
      else this.badRows.set(index, row);
    }
    return row;
  }

  private todayIso(): string {
    return toIsoDay(this.today) ?? localToday();
  }

  /** `members` when it is a list, else an empty one (with a warning, once per value). */
  private memberList(): readonly unknown[] {
    if (this.listOf !== this.members) {
      this.listOf = this.members;
      this.list = Array.isArray(this.members) ? this.members : [];
      this.badRows = new Map();
      if (this.members != null && !Array.isArray(this.members)) {
        const got = describeValue(this.members);
        this.report([
          { field: 'members', message: `expected a list of members, got ${got}; shown as empty` },
        ]);
      }
    }
    return this.list;
  }

  /**
   * The indices of the members that pass the search and `skipCompleted`, or null when nothing
   * filters (every entry shown in place); memoized by those inputs.
   */
  private shownIndices(): readonly number[] | null {
    const list = this.memberList();
    const key = [list, this.search, this.skipCompleted, this.locale.intlLocale];
    if (!key.every((value, at) => value === this.shownOf[at])) {
      this.shown = filterMembers(list, {
        search: this.search,
        skipCompleted: this.skipCompleted,
        locale: this.locale.intlLocale,
      });
      this.shownOf = key;
    }
    return this.shown;
  }

  /** The index in `members` of the selected member, or -1; memoized by `members` and `selected`. */
  private selectedIndex(): number {
    if (this.selectedOf[0] !== this.members || this.selectedOf[1] !== this.selected) {
      this.selectedIndexCache = indexOfMember(this.memberList(), this.selected, this.selectedIndexCache);
      this.selectedOf = [this.members, this.selected];
    }
    return this.selectedIndexCache;
  }

  private neighbour(direction: 'next' | 'previous'): Id | undefined {
    const shown = this.shownIndices();
    const list = this.memberList();
    const from = this.selectedIndex();
    const index = shown ? neighbourIndex(shown, from, direction) : adjacentMemberIndex(list, from, direction);
    return index === undefined ? undefined : memberIdOf(list[index]);
  }

  /** How many entries the list shows. */
  private shownCount(): number {
    return (this.shown ?? this.memberList()).length;
  }

  /** The index in `members` of the row at `position` in the list, or undefined. */
  private indexAt(position: number): number | undefined {
    if (this.shown) return this.shown[position];
    return position >= 0 && position < this.memberList().length ? position : undefined;
  }

  /** Where member `index` sits in the list, or -1 when it is not shown. */
  private positionOfIndex(index: number): number {
    if (this.shown) return positionOf(this.shown, index);
    return index >= 0 && index < this.memberList().length ? index : -1;
  }

  private listbox(): (HTMLElement & VirtualizerHostElement) | null {
    return this.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
  }

  /** Collects data problems and logs them in one warning once the current render is done. */
  private report(warnings: readonly DataWarning[]): void {
    if (warnings.length === 0) return;
    if (this.pendingWarnings.length === 0) queueMicrotask(this.flushWarnings);
    this.pendingWarnings.push(...warnings);
  }

  private readonly flushWarnings = (): void => {
    const warnings = this.pendingWarnings;
    this.pendingWarnings = [];
    const listed = warnings.slice(0, WARNINGS_SHOWN).map(({ field, message }) => `${field}: ${message}`);
    if (warnings.length > WARNINGS_SHOWN) listed.push(`${warnings.length - WARNINGS_SHOWN} more problems`);
    console.warn(`<selection-panel>: ${listed.join('; ')}.`);
  };

  private queueReveal(position: number, block: ScrollLogicalPosition): void {
    this.revealPending = { position, block };
  }

  /**
   * Scrolls the listbox, and only the listbox, so the row at `position` is in view. A rendered row
   * is brought to the nearest edge; one the virtualizer has not rendered yet is scrolled to by the
   * virtualizer, which renders it.
   */
  private reveal(position: number, block: ScrollLogicalPosition): void {
    const listbox = this.listbox();
    const index = this.indexAt(position);
    if (!listbox || index === undefined) return;
    const row = listbox.querySelector<HTMLElement>(`#${optionId(index)}`);
    if (row) {
      const bounds = listbox.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      listbox.scrollTop += Math.min(0, box.top - bounds.top) + Math.max(0, box.bottom - bounds.bottom);
      return;
    }
    listbox[virtualizerRef]?.element(position)?.scrollIntoView({ block });
  }

  /** Makes the shown member at `position` the active option and keeps it in view. */
  private activate(position: number): void {
    const index = this.indexAt(position);
    if (index === undefined) return;
    this.activeIndex = index;
    this.queueReveal(position, 'nearest');
    // A row already active still has to come back into view after the user scrolled it away.
    this.requestUpdate();
  }

  /** Selects a member for the user, unless it is selected already or a listener cancels. */
  private userSelect(index: number): void {
    const id = memberIdOf(this.memberList()[index]);
    if (id === undefined || index === this.selectedIndex()) return;
    const event = new SaleSelectEvent({ id, index });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.selected = id;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this.shownCount() - 1;
    const current = this.positionOfIndex(this.activeIndex);
    const start = current >= 0 ? current : this.startPosition();
    let target: number;
    switch (event.key) {
      case 'ArrowDown':
        target = current < 0 ? start : Math.min(last, current + 1);
        break;
      case 'ArrowUp':
        target = current < 0 ? start : Math.max(0, current - 1);
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = last;
        break;
      case 'PageDown':
        target = Math.min(last, start + this.page);
        break;
      case 'PageUp':
        target = Math.max(0, start - this.page);
        break;
      case 'Enter':
      case ' ':
        // Space would scroll the list, and Enter could submit a surrounding form.
        event.preventDefault();
        if (current >= 0) this.userSelect(this.activeIndex);
        else this.activate(start);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.activate(target);
  };

  /** Where the keyboard starts when no option is active: the selected member, else the first. */
  private startPosition(): number {
    return Math.max(0, this.positionOfIndex(this.selectedIndex()));
  }

  /** The option under a pointer or click, as its index in `members`. */
  private optionIndexOf(event: Event): number {
    for (const target of event.composedPath()) {
      if (target instanceof HTMLElement && target.getAttribute('role') === 'option') {
        return Number(target.dataset['index']);
      }
    }
    return -1;
  }

  // The option becomes active on pointerdown, before the listbox takes focus, so that the focus
  // handler does not scroll another row into view under the pointer.
  private readonly onPointerdown = (event: PointerEvent): void => {
    const index = this.optionIndexOf(event);
    if (index < 0) return;
    this.pointerActivated = true;
    this.activeIndex = index;
    this.requestUpdate();
  };

  private readonly onClick = (event: MouseEvent): void => {
    const index = this.optionIndexOf(event);
    if (index < 0) return;
    this.activeIndex = index;
    this.userSelect(index);
    this.requestUpdate();
  };

  private readonly onFocus = (): void => {
    const fromPointer = this.pointerActivated;
    this.pointerActivated = false;
    if (fromPointer || this.positionOfIndex(this.activeIndex) >= 0) return;
    this.activate(this.startPosition());
  };

  private readonly onRangeChanged = (event: Event & { first?: number; last?: number }): void => {
    this.range = { first: event.first ?? 0, last: event.last ?? -1 };
    this.requestUpdate();
  };

  private readonly onVisibilityChanged = (event: Event & { first?: number; last?: number }): void => {
    const rows = (event.last ?? 0) - (event.first ?? 0);
    // Fully visible rows: a page keeps one row of context, as native lists do.
    if (rows > 1) this.page = rows - 1;
  };

  private readonly onSearchInput = (event: Event): void => {
    this.search = (event.target as HTMLInputElement).value;
  };

  private readonly onSkipCompletedChange = (event: Event): void => {
    this.skipCompleted = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(new SaleSkipCompletedChangeEvent({ value: this.skipCompleted }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'selection-panel': SelectionPanel;
  }
}
