import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { SaleDeleteEvent } from '../../events/sale-delete.js';
import { SaleDraftChangeEvent } from '../../events/sale-draft-change.js';
import { SaleDraftDiscardEvent } from '../../events/sale-draft-discard.js';
import { SaleFavouriteChangeEvent } from '../../events/sale-favourite-change.js';
import { SaleLinkOpenEvent } from '../../events/sale-link-open.js';
import { SaleNavigateEvent } from '../../events/sale-navigate.js';
import { SalePrintEvent } from '../../events/sale-print.js';
import { SaleSaveEvent } from '../../events/sale-save.js';
import { SaleSkipCompletedChangeEvent } from '../../events/sale-skip-completed-change.js';
import type { SaleTabChangedEvent } from '../../events/sale-tab-changed.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { guardObjectAttributes } from '../../properties/object-attribute-guard.js';
import type { Lookup } from '../../model/lookup.js';
import { isNewSale } from '../../model/normalize.js';
import { resolveToday } from '../../model/today.js';
import type { DataWarning, Ref, SaleInput, SaleType, Stage } from '../../model/types.js';
import { missingRequiredFields } from '../../model/validation.js';
import type { CardContext, SaleReasons } from './card-context.js';
import { SaleDraftController } from './card-draft.js';
import { CardFlowController } from './card-flow.js';
import { CardNavigation, renderEditActions } from './card-footer.js';
import { renderHeader, renderNotices } from './card-header.js';
import { renderSummary } from './card-summary.js';
import { FIRST_CONTROL, firstFieldOf, focusControl } from './card-focus.js';
import { handleCardShortcut } from './card-keys.js';
import { renderLoadingNotice, renderNoSale } from './card-states.js';
import {
  DEFAULT_SETTINGS,
  opensEditing,
  readSale,
  readSettings,
  type CardSettings,
  type SalePosition,
} from './card-properties.js';
import { CardTabDefinitions, cardPanels, renderPrintView, renderTab, type SaleCardTab } from './card-tabs.js';
import { saleCardMessages, type SaleCardMessageKey } from './sale-card.messages.js';
import { saleCardStyles } from './sale-card.styles.js';
import { CardTasks } from './task-menu.js';

export type { SaleReasons } from './card-context.js';
export type { SalePosition } from './card-properties.js';
export { SALE_CARD_TABS, type SaleCardTab } from './card-tabs.js';

/**
 * The archive card of one sale: a header with the status, title, favourite star, Edit and a task
 * menu; five tabs (Sale, Details, More, Notes, Links); Previous and Next. It opens in view mode;
 * Edit (or a sale without `id`) edits every tab with native form controls. The draft survives tab
 * switches, re-renders and the host setting the same sale again; leaving with unsaved changes
 * asks first: Previous / Next, and a host that asks `canLeave()` before it sets another sale.
 * Saving emits `sale-save`, and the host answers by setting `sale` (saved) or `error` (message
 * shown, draft kept). In edit mode Ctrl+S (Cmd+S) saves and Escape cancels. `null` shows "No sale
 * selected". Invalid data renders with placeholders and one warning.
 *
 * @tagname sale-card
 * @summary Shows and edits one sale, with tabs, safe editing, navigation and a task menu.
 *
 * @fires {SaleSaveEvent} sale-save - The user saved. `detail: { sale, changes }`: the whole draft, and only the changed fields by name (`null` = cleared; `{}` when none). Answer by setting `sale` or `error`.
 * @fires {SaleDraftChangeEvent} sale-draft-change - After each edit. `detail: { dirty, changes }`.
 * @fires {SaleDraftDiscardEvent} sale-draft-discard - The host set another sale (or none) over unsaved changes without asking `canLeave()`; fired just before the new sale shows. `detail: { sale, changes }`: the draft as the user had it (with its `id`) and the changed fields.
 * @fires {SaleNavigateEvent} sale-navigate - Previous or Next, after any unsaved changes were saved or discarded. `detail: { direction: 'previous' | 'next' }`.
 * @fires {SaleSkipCompletedChangeEvent} sale-skip-completed-change - "Skip completed sales" toggled in the task menu. `detail: { value }`.
 * @fires {SaleLinkOpenEvent} sale-link-open - A record link (company, contact, project, or a Links entry that is not a web address) was activated. `detail: { link }`.
 * @fires {SaleFavouriteChangeEvent} sale-favourite-change - The star was toggled; takes effect without Save. `detail: { value }`.
 * @fires {SalePrintEvent} sale-print - Print chosen. `detail: { sale }`. Cancelable: `preventDefault()` stops the card's own print.
 * @fires {SaleDeleteEvent} sale-delete - Delete confirmed in the dialog. `detail: { sale }`.
 * @fires {SaleTabChangeEvent} sale-tab-change - From the inner `<sale-tabs>`: the user picked another tab. `detail: { id, previous }`.
 * @fires {SaleTabChangedEvent} sale-tab-changed - From the inner `<sale-tabs>`: the user's pick took effect. `detail: { id, previous }`.
 *
 * @csspart card - The card's box.
 * @csspart header - The row with status, title and actions.
 * @csspart title - The heading with the sale's title.
 * @csspart summary - The key facts under the header: amount, stage, probability and sale date.
 * @csspart stages - The summary's path through the sale type's stages (`<ol>`), not shown for a sold or lost sale.
 * @csspart stage - Each stage of the path; also `stage-done`, `stage-current` (`aria-current="step"`) or `stage-upcoming`.
 * @csspart button - Every action button in the header.
 * @csspart tasks-button - The task menu button.
 * @csspart menu - The task menu (`role="menu"`).
 * @csspart error - The host's `error` message (`role="alert"`).
 * @csspart loading - "Loading…" while `loading` is set (`role="status"`).
 * @csspart notice - Notices such as a conflicting change (`role="status"`); a "Use their version" button follows a conflict.
 * @csspart tabs - The inner `<sale-tabs>`.
 * @csspart footer - Save, Cancel, the position and Previous / Next.
 * @csspart position - The "3 of 12" text.
 * @csspart dialog - The confirmation dialogs.
 *
 * @cssprop [--sale-card-background=var(--sale-color-surface)] - Background of the card, menu and dialogs.
 * @cssprop [--sale-card-color=inherit] - Text colour.
 * @cssprop [--sale-card-border-color=var(--sale-color-border)] - Borders of the card and fields.
 * @cssprop [--sale-card-accent-color=var(--sale-color-accent)] - Links, the primary button and notices.
 * @cssprop [--sale-card-on-accent-color=var(--sale-color-surface)] - Text on the primary button. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-card-muted-color=var(--sale-color-text-muted)] - Labels and secondary text. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-card-danger-color=var(--sale-color-danger)] - Errors, invalid fields, Delete and Remove.
 * @cssprop [--sale-card-overdue-color=var(--sale-color-warning)] - An overdue Next activity.
 * @cssprop [--sale-card-favourite-color=light-dark(#a86b00, #ffd54f)] - The star when set.
 * @cssprop [--sale-card-field-background=var(--sale-color-surface)] - Background of form controls. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-card-hover-background=var(--sale-color-surface-hover)] - Buttons and menu items under the pointer.
 * @cssprop [--sale-card-padding=1em] - Padding inside the card.
 * @cssprop [--sale-card-radius=8px] - Corner radius of the card.
 * @cssprop [--sale-card-title-size=1.25em] - Font size of the title.
 * @cssprop [--sale-focus-ring-color=#1a73e8] - Colour of the keyboard focus ring.
 */
export class SaleCard extends LitElement {
  static override styles = saleCardStyles;

  static override properties = {
    sale: { attribute: false },
    stages: { attribute: false },
    saleTypes: { attribute: false },
    currencies: { attribute: false },
    sources: { attribute: false },
    competitors: { attribute: false },
    reasons: { attribute: false },
    credited: { attribute: false },
    position: { attribute: false },
    skipCompleted: { type: Boolean, attribute: 'skip-completed' },
    premium: { type: Boolean },
    readonly: { type: Boolean, reflect: true },
    error: {},
    today: {},
    lookup: { attribute: false },
    currentUser: { attribute: false },
    loading: { type: Boolean },
    favouriteShown: { state: true, attribute: false },
  };

  static {
    guardObjectAttributes(this);
  }

  /** The sale to show; `null` (or unset) shows "No sale selected". Anything else (wrong types) renders with placeholders and one warning. A sale without `id` is new and opens in edit mode with defaults. Set a new object to update it. */
  sale?: SaleInput | null;
  /** The stages offered when the sale type has no guide: `{ id, name, probability }[]`. */
  stages: Stage[] = [];
  /** The sale types to choose from: `{ id, name, guide? }[]`. A guided type offers its guide's stages. */
  saleTypes: SaleType[] = [];
  /** ISO 4217 codes the amount may be in; empty hides the currency choice. */
  currencies: string[] = [];
  /** Sources to choose from (Details tab). */
  sources: Ref[] = [];
  /** Competitors to choose from. */
  competitors: Ref[] = [];
  /** Reasons by outcome: `{ sold?: Ref[], lost?: Ref[], stalled?: Ref[] }`. */
  reasons: SaleReasons = {};
  /** Who can be credited for the sale (Details tab). */
  credited: Ref[] = [];
  /** Where the sale sits in the host's set: `{ index, total }`, `index` from 0. Shows "3 of 12" and disables Previous / Next at the ends. */
  position?: SalePosition;
  /** The state of "Skip completed sales" in the task menu. */
  skipCompleted = false;
  /** Whether the user has Sales Premium. Reserved: the card itself shows nothing Premium-only yet. */
  premium = false;
  /** View only: no Edit, no Delete. */
  readonly = false;
  /** The host's answer to a failed save (or other failure): shown in an alert; the draft is kept. Clear it with `''`. */
  error?: string;
  /** The day that decides "overdue" and the date of a new sold or lost status, as `YYYY-MM-DD`. Default: today in the user's time zone. */
  today?: string;
  /** Searches records for the Company, Contact, Project and Owner fields and record links: `(kind, text, { signal, company? }) => Promise<Ref[]>`. Unset, those fields are read-only. */
  lookup?: Lookup;
  /** The signed-in user `{ id, name }`: the owner of a new sale that names none. */
  currentUser?: Ref;
  /** The host is loading a sale: the card is busy (`aria-busy`), says "Loading…", and its controls are inert but Previous / Next, which keep the focus and do nothing (`aria-disabled`). */
  loading = false;

  private favouriteShown?: boolean;
  /** Whether a sale is set (`null` and unset show the empty state). */
  #hasSale = false;
  /** The properties other than `sale` as the card uses them, read again when one changes. */
  #settings: CardSettings = DEFAULT_SETTINGS;
  readonly #tabDefinitions = new CardTabDefinitions();

  readonly #locale = new LocaleController(this, saleCardMessages);
  readonly #drafts: SaleDraftController = new SaleDraftController(this, () =>
    this.#emit(new SaleDraftChangeEvent(this.#drafts)),
  );
  readonly #tasks = new CardTasks(this, {
    toggleSkipCompleted: () => {
      // Read from the property, not the settings: two toggles may come before the next update.
      this.skipCompleted = this.skipCompleted !== true;
      this.#emit(new SaleSkipCompletedChangeEvent({ value: this.skipCompleted }));
    },
    announcePrint: () => this.#emit(new SalePrintEvent({ sale: this.#drafts.draft })),
    askDelete: (invoker) =>
      this.#flow.ask(
        'delete',
        invoker,
        (yes) => yes && this.#emit(new SaleDeleteEvent({ sale: this.#drafts.base })),
      ),
  });
  /** Idle, asking in a dialog, or waiting for the host's answer to a save. */
  readonly #flow = new CardFlowController(this, {
    dirty: () => this.#drafts.dirty,
    discard: () => this.#drafts.discard(),
    save: (then) => this.#save(then),
  });
  readonly #panels = cardPanels(
    this,
    () => this.#tasks.printing,
    () => this.#drafts.editing || opensEditing(this.sale),
  );
  readonly #navigation = new CardNavigation(this, (direction, invoker) =>
    this.#flow.confirmLeaving(invoker, (leave) => leave && this.#emit(new SaleNavigateEvent({ direction }))),
  );

  /** Whether the card is in edit mode. */
  get editing(): boolean {
    return this.#drafts.editing;
  }

  /** Whether there are unsaved changes. */
  get dirty(): boolean {
    return this.#drafts.dirty;
  }

  /**
   * Whether the host may replace the sale now. True at once without unsaved changes; otherwise the
   * user answers Save / Discard / Cancel in a dialog: Discard is true, Cancel false, and Save true
   * once the host sets the saved sale (false if it answers with `error`). Use it as
   * `if (await card.canLeave()) card.sale = next;`.
   */
  canLeave(): Promise<boolean> {
    return this.#flow.mayLeave(this.shadowRoot);
  }

  /** Focuses the first field of the shown tab while editing (Title on a new sale, once its controls are here), else the first control. */
  override focus(options?: FocusOptions): void {
    const first = () => (this.#drafts.editing ? firstFieldOf(this.#panels.selected) : FIRST_CONTROL);
    focusControl(this, first, options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const warnings: DataWarning[] = [];
    const others: DataWarning[] = [];
    this.#settings = readSettings(this, changed, this.#settings, others);
    const { currentUser, lists } = this.#settings;
    if (changed.has('currentUser') || changed.has('stages'))
      this.#drafts.useDefaults({ currentUser, stages: lists.stages });
    if (changed.has('sale')) this.#receiveSale(warnings);
    // The host answered a save with an error: keep the draft, stop waiting, stay on this sale.
    if (changed.has('error') && this.#settings.error !== undefined) this.#flow.settleSave(false);
    if (changed.has('readonly') && this.#settings.readonly) this.#drafts.discard();
    reportProblems('sale-card', [...warnings, ...others]);
  }

  protected override render() {
    const t = this.#t;
    const { draft: sale, editing } = this.#drafts;
    const { readonly, skipCompleted, error, loading } = this.#settings;
    if (!this.#hasSale) return renderNoSale(t, loading);
    const context = this.#context();
    const saving = this.#flow.saving;
    const tabs = this.#tabDefinitions.get(t, this.#locale.intlLocale, sale);
    const canDelete = !readonly && !isNewSale(this.#drafts.base);
    return html`<article
      part="card"
      aria-labelledby="heading"
      aria-busy=${saving || loading ? 'true' : 'false'}
      @keydown=${this.#onKeydown}
    >
      ${renderHeader(t, {
        sale,
        favourite: this.favouriteShown ?? this.#drafts.base.favourite === true,
        edit: readonly ? 'none' : editing ? 'space' : 'button',
        inert: loading,
        menu: { open: this.#tasks.open, skipCompleted, canDelete },
        toggleFavourite: this.#toggleFavourite,
        startEditing: this.#startEditing,
      })}
      ${renderSummary(context)}
      ${renderNotices(t, {
        error: error === undefined || saving ? '' : (error ?? t('error.unknown')),
        conflicts: this.#drafts.conflicts,
        useTheirs: () => this.#drafts.acceptTheirs(),
      })}
      ${renderLoadingNotice(t, loading)}
      <form novalidate @submit=${this.#onSubmit}>
        <sale-tabs
          part="tabs"
          ?inert=${loading}
          label=${t('card.tabs')}
          .tabs=${tabs}
          selected=${this.#panels.selected}
          @sale-tab-changed=${this.#onTabChanged}
        >
          ${this.#panels.render((tab) => renderTab(tab, context))}
        </sale-tabs>
        ${this.#tasks.printing ? renderPrintView(context, tabs) : nothing}
        <footer part="footer">
          ${editing ? renderEditActions(t, { missing: context.missing, saving, inert: loading, cancel: this.#cancelEditing }) : nothing}
          ${this.#navigation.render(t, this.#settings.position, loading)}
        </footer>
      </form>
      ${this.#flow.renderDialog(t, context.missing, this.#drafts.base.title)}
    </article>`;
  }

  /** Also waits for the inner tabs (they switch panels by themselves) and the panels' idle-time loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (this.#panels.loading) return this.#panels.loading.then(() => this.getUpdateComplete());
    await this.renderRoot.querySelector('sale-tabs')?.updateComplete;
    return complete;
  }

  readonly #t = (
    key: SaleCardMessageKey | Parameters<LocaleController['t']>[0],
    params?: Record<string, string | number>,
  ) => this.#locale.t(key, params);

  #context(): CardContext {
    // Read on every render: without a valid `today` it is the real date, which moves on.
    const today = resolveToday(this.today).today;
    const { lists } = this.#settings;
    return {
      ...this.#drafts.contextPart(today, lists.stages),
      t: this.#t,
      locale: this.#locale.intlLocale,
      today,
      lists,
      lookup: this.#settings.lookup,
      openLink: (link) => this.#emit(new SaleLinkOpenEvent({ link })),
    };
  }

  #receiveSale(warnings: DataWarning[], hostAnswered = false): void {
    const value = this.sale;
    const { sale, unset } = readSale(value, warnings);
    const lost =
      this.#flow.saving || hostAnswered ? undefined : this.#drafts.lostTo(unset ? undefined : sale);
    if (lost) {
      this.#emit(new SaleDraftDiscardEvent(lost));
      // The host may answer at once by setting another sale (the draft back, say): show that one.
      if (this.sale !== value) return this.#receiveSale([], true);
    }
    this.#hasSale = !unset;
    this.favouriteShown = undefined;
    // While saving, this is the host's answer: the saved version.
    const hadFocus = !!this.shadowRoot?.activeElement;
    if (this.#flow.settleSave(true, hadFocus ? () => focusControl(this, () => '#edit-button') : undefined)) {
      this.#drafts.reset(sale);
    } else {
      this.#drafts.receive(sale);
    }
    if (!unset && isNewSale(sale) && !this.#settings.readonly) this.#drafts.edit();
  }

  /** Emits `sale-save` and waits for the host's answer; `then` learns whether the host took it. */
  #save(then?: (saved: boolean) => void): void {
    const { editing, draft, changes } = this.#drafts;
    if (!editing || this.#flow.saving || missingRequiredFields(draft).length > 0) return then?.(false);
    this.#flow.startSaving(then);
    this.#emit(new SaleSaveEvent({ sale: draft, changes }));
  }

  /** Every event goes through here (the events are documented with `@fires` above). */
  readonly #emit = (event: Event): boolean => this.dispatchEvent(event);

  /** Ctrl+S (Cmd+S) and Escape while editing, when no dialog asks and nothing loads. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    const active = this.#drafts.editing && this.#flow.state.kind === 'idle' && !this.#settings.loading;
    if (active) handleCardShortcut(event, { save: () => this.#save(), cancel: this.#cancelEditing });
  };

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#save();
  };

  /** `<sale-tabs>` shows the picked panel by itself; one that missed updates while hidden catches up. */
  readonly #onTabChanged = (event: SaleTabChangedEvent) => this.#panels.show(event.detail.id as SaleCardTab);

  readonly #startEditing = (): void => {
    this.#drafts.edit();
    this.#flow.afterRender(() => this.focus());
  };

  readonly #cancelEditing = (): void => {
    this.#drafts.discard();
    // Cancelled while a save was on its way: whoever waits for it learns it did not happen.
    this.#flow.settleSave(false);
    this.#flow.afterRender(() => focusControl(this, () => '#edit-button'));
  };

  readonly #toggleFavourite = (): void => {
    const value = !(this.favouriteShown ?? this.#drafts.base.favourite === true);
    this.favouriteShown = value;
    this.#emit(new SaleFavouriteChangeEvent({ value }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'sale-card': SaleCard;
  }
}
