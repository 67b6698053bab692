import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { reportProblems } from '../../diagnostics/report-problems.js';
import type { SaleNavigateEvent } from '../../events/sale-navigate.js';
import type { SaleSelectEvent } from '../../events/sale-select.js';
import type { SaleSkipCompletedChangeEvent } from '../../events/sale-skip-completed-change.js';
import type { SaleStageChangeEvent } from '../../events/sale-stage-change.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Lookup } from '../../model/lookup.js';
import { sameId, type MemberInput } from '../../model/members.js';
import { asId } from '../../model/normalize-fields.js';
import { isNewSale } from '../../model/normalize.js';
import { newSaleFor } from '../../model/sale-screen-rules.js';
import { SelectionWalk, type WalkStep } from '../../model/selection-walk.js';
import type { DataWarning, Id, Sale } from '../../model/types.js';
import { guardObjectAttributes } from '../../properties/object-attribute-guard.js';
import type { SalesSource } from '../../source/sales-source.js';
import type { SaleCard } from '../sale-card/sale-card.js';
import type { SelectionPanel } from '../selection-panel/selection-panel.js';
import { renderBar, renderNotices } from './screen-render.js';
import { ScreenInputs } from './screen-readers.js';
import { ask, reasonText, sourceLookup } from './screen-inputs.js';
import { ScreenLoader } from './screen-loader.js';
import type { ScreenNotice } from './screen-state.js';
import { ScreenWrites } from './screen-writes.js';
import { saleScreenMessages, type SaleScreenMessageKey } from './sale-screen.messages.js';
import { saleScreenStyles } from './sale-screen.styles.js';

const NEW_SALE = Symbol('new sale');

/**
 * The whole Sale screen over a host's data source: the selection panel at the side, the sale card,
 * and the detail cards (`<sale-sections>`) below. It loads through `source` (a `SalesSource`) and
 * applies every rule between the three: a switch to another sale (panel, Previous / Next, `open()`,
 * `selected`) asks the card first, "Skip completed sales" is one state for panel and card, the
 * card's position counts the shown members, a stage picked in the sales guide is saved, and
 * failures show with Retry. Narrower than 55em (its own width), the panel folds behind a
 * toggle. Every event of the inner elements still bubbles out, so a host can add to what it does.
 *
 * @tagname sale-screen
 * @summary The Sale screen: selection panel, sale card and detail cards over one data source.
 *
 * @fires {SaleSelectEvent} sale-select - From the panel: the user picked a member (the screen switches to it once the card may be left).
 * @fires {SaleSaveEvent} sale-save - From the card: the user saved; the screen stores the draft through `source.save`.
 * @fires {SaleNavigateEvent} sale-navigate - From the card: Previous or Next.
 * @fires {SaleFavouriteChangeEvent} sale-favourite-change - From the card: the star; stored through `source.favourite`.
 * @fires {SaleDeleteEvent} sale-delete - From the card: Delete confirmed; the sale is removed through `source.remove`.
 * @fires {SaleSkipCompletedChangeEvent} sale-skip-completed-change - From the panel or the card: "Skip completed sales" toggled.
 * @fires {SaleStageChangeEvent} sale-stage-change - From the sales guide: a stage picked; saved with its probability.
 * @fires {SaleGuideStepEvent} sale-guide-step - From the sales guide: a step acted on; passed to `source.guideStep`.
 *
 * @csspart bar - The row with the panel toggle and "New sale".
 * @csspart panel-toggle - The button that shows or hides the panel on a narrow screen.
 * @csspart new-sale - The "New sale" button.
 * @csspart notice - A failure (`role="alert"`) or information (`role="status"`) above the screen.
 * @csspart retry - The Retry button of a notice.
 * @csspart panel - The `<selection-panel>`.
 * @csspart card - The `<sale-card>`.
 * @csspart sections - The `<sale-sections>`.
 *
 * @cssprop [--sale-screen-gap=1rem] - Space between the panel, the card and the sections.
 * @cssprop [--sale-screen-panel-width=22rem] - Widest the panel column gets on a wide screen.
 * @cssprop [--sale-screen-border-color=var(--sale-color-border)] - Borders of the screen's buttons.
 * @cssprop [--sale-screen-accent-color=var(--sale-color-accent)] - Text of the screen's buttons and information notices.
 * @cssprop [--sale-screen-danger-color=var(--sale-color-danger)] - Failure notices.
 * @cssprop [--sale-focus-ring-color=#1a73e8] - Colour of the keyboard focus ring.
 */
export class SaleScreen extends LitElement {
  static override styles = saleScreenStyles;

  static override properties = {
    source: { attribute: false },
    selected: {},
    premium: { type: Boolean },
    today: {},
    heading: {},
    readonly: { type: Boolean },
  };

  static {
    guardObjectAttributes(this);
  }

  /** Where the screen reads and writes its data: a `SalesSource` such as `createMemorySource(...)`. */
  source?: SalesSource;
  /** The id of the sale shown. Setting it opens that sale, asking first when the card has unsaved changes. */
  selected?: Id;
  /** Whether the user has Sales Premium: adds the Sales guide, Stakeholders and Quote cards. */
  premium = false;
  /** The day that decides "overdue" (`YYYY-MM-DD`). Default: today in the user's time zone. */
  today?: string;
  /** The panel's heading. Default: "Selection members" / "Utvalgsmedlemmer". */
  heading?: string;
  /** View only: the card offers no Edit, Delete or New sale, and the guide no actions. */
  readonly = false;

  #skipCompleted = false;
  #search = '';
  #panelOpen = false;
  #notice?: ScreenNotice;
  #leaving?: Promise<boolean>;
  #lookup?: Lookup;
  readonly #walk = new SelectionWalk();
  readonly #inputs = new ScreenInputs();
  readonly #locale = new LocaleController(this, saleScreenMessages);
  readonly #loader = new ScreenLoader(this, {
    source: () => this.#inputs.source,
    wanted: () => this.#inputs.selected,
    skipCompleted: () => this.#skipCompleted,
    reason: (reason) => this.#reason(reason),
    saleChanged: () => this.#saleChanged(),
  });
  readonly #writes = new ScreenWrites(this, {
    source: () => this.#inputs.source,
    readonly: () => this.#inputs.readonly,
    card: () => this.#card(),
    shown: () => (this.#loader.sale.kind === 'shown' ? this.#loader.sale.sale : undefined),
    lists: () => this.#loader.lists,
    members: () => this.#loader.members,
    step: (id) => this.#stepOf(id),
    t: (key, params) => this.#t(key, params),
    setMembers: (members) => (this.#loader.members = members),
    show: (sale) => this.#loader.show(sale),
    load: (id) => this.#loader.load(id),
    showNone: () => this.#loader.setSale({ kind: 'none' }),
    notify: (notice) => this.#setNotice(notice),
    keepFocus: (hadFocus) => this.#keepFocus(hadFocus),
  });

  /**
   * Opens the sale `id`: the card asks first when it has unsaved changes. Resolves `false` when
   * the user cancels there (nothing changes), `true` once the switch is done.
   */
  open(id: Id): Promise<boolean> {
    const target = asId(id);
    if (target === undefined) {
      reportProblems('sale-screen', [
        { field: 'open(id)', message: 'expected an id (text or a finite number); nothing opened' },
      ]);
      return Promise.resolve(false);
    }
    return this.#switchTo(target);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a removal: answers that came meanwhile were dropped, so load again.
    if (this.hasUpdated && this.#inputs.source && this.#loader.selection.kind !== 'ready') this.#start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const warnings: DataWarning[] = [];
    const sourceChanged = this.#inputs.read(this, changed, warnings);
    reportProblems('sale-screen', warnings);
    if (sourceChanged) {
      this.#lookup = sourceLookup(this.#inputs.source);
      this.#start();
    }
    if (changed.has('selected')) this.#followSelected();
  }

  protected override render() {
    const t = this.#t;
    const { premium, readonly, today, heading } = this.#inputs;
    const loader = this.#loader;
    const { shown, currentId, lists } = loader;
    const step = this.#stepOf(currentId);
    return html`<div class="screen">
      <div class="layout">
        ${renderBar({
          membersLabel: t('screen.members'),
          newSaleLabel: t('screen.newSale'),
          panelOpen: this.#panelOpen,
          canCreate: !readonly && loader.selection.kind === 'ready',
          togglePanel: this.#togglePanel,
          newSale: this.#onNewSale,
        })}
        ${renderNotices(this.#notices(), t('screen.retry'))}
        <div class="side ${this.#panelOpen ? 'open' : ''}" id="side">
          <selection-panel
            part="panel"
            .members=${loader.members as readonly MemberInput[]}
            .heading=${heading}
            .skipCompleted=${this.#skipCompleted}
            .today=${today}
            @sale-select=${this.#onSelect}
            @sale-skip-completed-change=${this.#onSkipCompleted}
            @input=${this.#onSearch}
          ></selection-panel>
        </div>
        <section class="main" tabindex="-1" aria-label=${t('screen.sale')}>
          <sale-card
            part="card"
            .sale=${this.#writes.cardSale(shown)}
            .stages=${lists.stages}
            .saleTypes=${lists.saleTypes}
            .currencies=${lists.currencies ?? []}
            .sources=${lists.sources ?? []}
            .competitors=${lists.competitors ?? []}
            .credited=${lists.credited ?? []}
            .reasons=${lists.reasons ?? {}}
            .currentUser=${lists.currentUser}
            .lookup=${this.#lookup}
            .position=${step.position}
            .skipCompleted=${this.#skipCompleted}
            .premium=${premium}
            .readonly=${readonly}
            .error=${this.#writes.saveError as unknown as string}
            .today=${today}
            .loading=${loader.busy}
            @sale-navigate=${this.#onNavigate}
            @sale-skip-completed-change=${this.#onSkipCompleted}
            @sale-save=${this.#writes.onSave}
            @sale-favourite-change=${this.#writes.onFavourite}
            @sale-delete=${this.#writes.onDelete}
          ></sale-card>
          ${shown && !isNewSale(shown) ? this.#renderSections(this.#writes.sectionsSale(shown) ?? shown) : nothing}
        </section>
      </div>
    </div>`;
  }

  #renderSections(sale: Sale) {
    const { premium, today } = this.#inputs;
    return html`<sale-sections
      part="sections"
      .sale=${sale}
      .premium=${premium}
      .today=${today}
      @sale-stage-change=${this.#onStageChange}
      @sale-guide-step=${this.#writes.onGuideStep}
    ></sale-sections>`;
  }

  protected override updated(): void {
    this.setAttribute('aria-busy', this.#loader.busy ? 'true' : 'false');
    this.#selectInPanel(this.#loader.currentId);
  }

  /**
   * The panel's selection follows once the card and the sections have rendered: the panel scrolls
   * the row into view, which measures the layout, and measured after them the page lays out once.
   */
  #selectInPanel(id: Id | undefined): void {
    const panel = this.#panel();
    if (!panel || sameId(panel.selected, id) || (panel.selected === undefined && id === undefined)) return;
    const sections = this.renderRoot.querySelector('sale-sections');
    void Promise.all([this.#card()?.updateComplete, sections?.updateComplete]).then(() => {
      if (sameId(this.#loader.currentId, id) || id === undefined) panel.selected = id;
    });
  }

  readonly #t = (key: SaleScreenMessageKey, params?: Record<string, string | number>) =>
    this.#locale.t(key, params);

  #card(): SaleCard | null {
    return this.renderRoot.querySelector('sale-card');
  }

  #panel(): SelectionPanel | null {
    return this.renderRoot.querySelector('selection-panel');
  }

  #stepOf(id: Id | undefined): WalkStep {
    return this.#walk.stepOf(this.#loader.members, id, {
      search: this.#search,
      skipCompleted: this.#skipCompleted,
      locale: this.#locale.intlLocale,
    });
  }

  #notices(): ScreenNotice[] {
    const t = this.#t;
    const notices: ScreenNotice[] = [];
    if (this.#inputs.sourceInvalid) notices.push({ tone: 'alert', message: t('screen.noSource') });
    const { selection, sale } = this.#loader;
    if (selection.kind === 'failed') {
      const message = t('screen.membersFailed', { message: selection.message });
      notices.push({ tone: 'alert', message, retry: () => this.#start() });
    }
    if (sale.kind === 'failed') {
      const message = t('screen.saleFailed', { message: sale.message });
      notices.push({ tone: 'alert', message, retry: () => void this.#loader.load(sale.id) });
    }
    if (this.#notice) notices.push(this.#notice);
    return notices;
  }

  /** Loads the lists and the members again (a new source, Retry). */
  #start(): void {
    this.#notice = undefined;
    this.#loader.start();
  }

  /** The sale on screen changed: `selected` says which (it opens nothing when it already matches). */
  #saleChanged(): void {
    this.selected = this.#loader.currentId;
    this.#writes.showing(this.#loader.shown);
  }

  #setNotice(notice: ScreenNotice | undefined): void {
    this.#notice = notice;
    this.requestUpdate();
  }

  /** A host set `selected`: open it like a click would, or put back what is shown when refused. */
  #followSelected(): void {
    const wanted = this.#inputs.selected;
    const { currentId, selection } = this.#loader;
    if (wanted === undefined || sameId(wanted, currentId) || selection.kind !== 'ready') return;
    void this.#switchTo(wanted);
  }

  /** Asks the card, then opens `target`; false when the user stays. */
  async #switchTo(target: Id | typeof NEW_SALE): Promise<boolean> {
    const hadFocus = this.matches(':focus-within');
    if (!(await this.#mayLeave())) {
      // Everything as it was, the selection included.
      this.selected = this.#loader.currentId;
      this.requestUpdate();
      return false;
    }
    this.#notice = undefined;
    this.#panelOpen = false; // narrow, the open panel would cover the card (its focus: #keepFocus)
    if (target === NEW_SALE) this.#loader.show(newSaleFor(this.#loader.lists.currentUser));
    else await this.#loader.load(target);
    await this.#keepFocus(hadFocus);
    return true;
  }

  /** The card's answer to "may the shown sale be left?"; one question at a time. */
  #mayLeave(): Promise<boolean> {
    const card = this.#card();
    if (!card || !this.#loader.shown) return Promise.resolve(true);
    this.#leaving ??= ask(() => card.canLeave())
      .then(
        (answer) => answer === true,
        () => false,
      )
      .finally(() => (this.#leaving = undefined));
    return this.#leaving;
  }

  /** After a switch, save or delete, focus that had been inside the screen stays inside it. */
  async #keepFocus(hadFocus: boolean): Promise<void> {
    await this.updateComplete;
    await Promise.all([
      this.#card()?.updateComplete,
      this.renderRoot.querySelector('sale-sections')?.updateComplete,
    ]);
    const [active, panel] = [document.activeElement, this.#panel()!];
    // Lost to the page, or still in the panel that folded away.
    const lost =
      !active || active === document.body || (!panel.checkVisibility() && panel.matches(':focus-within'));
    if (hadFocus && lost) this.renderRoot.querySelector<HTMLElement>('.main')?.focus();
  }

  #reason(reason: unknown): string {
    return reasonText(reason, this.#t) ?? this.#t('screen.unknownError');
  }

  readonly #onSelect = (event: SaleSelectEvent): void => {
    // The panel would select at once; the screen selects once the card may be left.
    event.preventDefault();
    void this.#switchTo(event.detail.id);
  };

  readonly #onNavigate = (event: SaleNavigateEvent): void => {
    const step = this.#stepOf(this.#loader.currentId);
    const id = event.detail.direction === 'next' ? step.next : step.previous;
    if (id !== undefined) void this.#switchTo(id);
  };

  /** The user asked for a new sale: they type its title next (APG: focus follows the new context). */
  readonly #onNewSale = () => void this.#switchTo(NEW_SALE).then((opened) => opened && this.#card()?.focus());

  readonly #onSkipCompleted = (event: SaleSkipCompletedChangeEvent): void => {
    this.#skipCompleted = event.detail.value === true;
    this.requestUpdate();
  };

  readonly #onSearch = (): void => {
    const search = this.#panel()?.search;
    this.#search = typeof search === 'string' ? search : '';
    this.requestUpdate();
  };

  readonly #onStageChange = (event: SaleStageChangeEvent): void => this.#writes.onStageChange(event);

  readonly #togglePanel = (): void => {
    this.#panelOpen = !this.#panelOpen;
    this.requestUpdate();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'sale-screen': SaleScreen;
  }
}
