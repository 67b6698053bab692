import { LitElement, html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
// The card renders these two elements, so loading the card registers them.
import '../../sale-status-icon.js';
import '../../sale-tabs.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { MenuController } from '../../controllers/menu-controller.js';
import { SaleDeleteEvent } from '../../events/sale-delete.js';
import { SaleDraftChangeEvent } from '../../events/sale-draft-change.js';
import { SaleFavouriteChangeEvent } from '../../events/sale-favourite-change.js';
import { SaleLinkOpenEvent, type SaleLinkTarget } from '../../events/sale-link-open.js';
import { SaleNavigateEvent, type SaleNavigateDirection } from '../../events/sale-navigate.js';
import { SalePrintEvent } from '../../events/sale-print.js';
import { SaleSaveEvent } from '../../events/sale-save.js';
import { SaleSkipCompletedChangeEvent } from '../../events/sale-skip-completed-change.js';
import type { SaleTabChangeEvent } from '../../events/sale-tab-change.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { warmUpFormattingWhenIdle } from '../../prepare/warm-up.js';
import { whenIdle } from '../../prepare/idle.js';
import { rehearseWhenIdle } from '../../prepare/rehearse.js';
import { REHEARSAL_SALE, REHEARSAL_STAGES } from '../../prepare/rehearsal-sale.js';
import { renderIcon } from '../../icons/icon.js';
import {
  caretLeftIcon,
  caretRightIcon,
  pencilSimpleIcon,
  starFillIcon,
  starIcon,
} from '../../icons/phosphor.js';
import { localToday, toIsoDay } from '../../model/dates.js';
import { applyChanges } from '../../model/draft.js';
import { isNewSale, normalizeSale } from '../../model/normalize.js';
import type { DataWarning, Ref, Sale, SaleType, Stage } from '../../model/types.js';
import { missingRequiredFields } from '../../model/validation.js';
import type { TabDefinition } from '../sale-tabs/sale-tabs.js';
import type { CardContext, ChoiceLists, LinkForm, SaleReasons } from './card-context.js';
import { normalizeChoiceLists } from './choice-lists.js';
import { renderConfirmDialog, type DialogContent } from './confirm-dialog.js';
import { renderDetailsTab } from './details-tab.js';
import { renderLinksTab } from './links-tab.js';
import { renderMoreTab } from './more-tab.js';
import { renderNotesTab } from './notes-tab.js';
import { saleCardMessages, type SaleCardMessageKey } from './sale-card.messages.js';
import { saleCardStyles } from './sale-card.styles.js';
import { renderSaleTab } from './sale-tab.js';
import { renderTaskMenu, type Task } from './task-menu.js';

export type { SaleReasons } from './card-context.js';

/** Where the shown sale sits in the host's current set: `index` counts from 0. */
export interface SalePosition {
  index: number;
  total: number;
}

export const SALE_CARD_TABS = ['sale', 'details', 'more', 'notes', 'links'] as const;
export type SaleCardTab = (typeof SALE_CARD_TABS)[number];

const TAB_RENDERERS: Record<SaleCardTab, (context: CardContext) => TemplateResult> = {
  sale: renderSaleTab,
  details: renderDetailsTab,
  more: renderMoreTab,
  notes: renderNotesTab,
  links: renderLinksTab,
};

// Money and dates show on the first render: load the locale data while the page is idle.
warmUpFormattingWhenIdle();

const EMPTY_SALE: Sale = { id: '', title: '', status: 'open' };
const EMPTY_LINK_FORM: LinkForm = { kind: 'url', target: '', title: '', incomplete: false };
const FIELD_LABELS: Partial<Record<keyof Sale, SaleCardMessageKey>> = {
  title: 'field.title',
  description: 'field.description',
  amount: 'field.amount',
  currency: 'field.currency',
  saleType: 'field.saleType',
  stage: 'field.stage',
  status: 'field.stage',
  probability: 'field.probability',
  saleDate: 'field.saleDate',
  reason: 'field.reason',
  competitor: 'field.competitor',
  reopenDate: 'field.reopenDate',
  stalledReason: 'field.stalledReason',
  source: 'field.source',
  cost: 'field.cost',
  credited: 'field.credited',
  notes: 'field.notes',
  links: 'field.links',
  userFields: 'field.userFields',
  done: 'field.completed',
};

function warnAbout(warnings: readonly DataWarning[], what: string): void {
  if (warnings.length === 0) return;
  const list = warnings.map((warning) => `${warning.field}: ${warning.message}`).join('; ');
  console.warn(`<sale-card>: problems in ${what}, shown with placeholders: ${list}.`);
}

function validPosition(position: unknown): SalePosition | undefined {
  const { index, total } = (position ?? {}) as Partial<SalePosition>;
  return Number.isInteger(index) && Number.isInteger(total) && index! >= 0 && index! < total!
    ? { index: index!, total: total! }
    : undefined;
}

/**
 * The archive card of one sale: a header with the status, title, favourite star, Edit and a task
 * menu; five tabs (Sale, Details, More, Notes, Links); Previous and Next. It opens in view mode;
 * Edit (or a sale without `id`) edits every tab with native form controls. The draft survives tab
 * switches, re-renders and the host setting the same sale again; leaving with unsaved changes
 * asks first. Saving emits `sale-save`, and the host answers by setting `sale` (saved) or
 * `error` (message shown, draft kept). Invalid data renders with placeholders and one warning.
 *
 * @tagname sale-card
 * @summary Shows and edits one sale, with tabs, safe editing, navigation and a task menu.
 *
 * @fires {SaleSaveEvent} sale-save - The user saved. `detail: { sale, changes }`: the whole draft, and only the changed fields by name (`null` = cleared; `{}` when none). Answer by setting `sale` or `error`.
 * @fires {SaleDraftChangeEvent} sale-draft-change - After each edit. `detail: { dirty, changes }`.
 * @fires {SaleNavigateEvent} sale-navigate - Previous or Next, after any unsaved changes were saved or discarded. `detail: { direction: 'previous' | 'next' }`.
 * @fires {SaleSkipCompletedChangeEvent} sale-skip-completed-change - "Skip completed sales" toggled in the task menu. `detail: { value }`.
 * @fires {SaleLinkOpenEvent} sale-link-open - A record link (company, contact, project, or a Links entry that is not a web address) was activated. `detail: { link }`.
 * @fires {SaleFavouriteChangeEvent} sale-favourite-change - The star was toggled; takes effect without Save. `detail: { value }`.
 * @fires {SalePrintEvent} sale-print - Print chosen. `detail: { sale }`. Cancelable: `preventDefault()` stops the card's own print.
 * @fires {SaleDeleteEvent} sale-delete - Delete confirmed in the dialog. `detail: { sale }`.
 * @fires {SaleTabChangeEvent} sale-tab-change - From the inner `<sale-tabs>`: the user picked another tab. `detail: { id, previous }`.
 *
 * @csspart card - The card's box.
 * @csspart header - The row with status, title and actions.
 * @csspart title - The heading with the sale's title.
 * @csspart button - Every action button in the header.
 * @csspart tasks-button - The task menu button.
 * @csspart menu - The task menu (`role="menu"`).
 * @csspart error - The host's `error` message (`role="alert"`).
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

  // Declared without decorators: the decorator runtime would cost each entry about 0.4 kB gzip.
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
    saving: { state: true, attribute: false },
    dialog: { state: true, attribute: false },
    favouriteShown: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  /** The sale to show. Anything else (null, wrong types) renders with placeholders and one warning. A sale without `id` is new and opens in edit mode. Set a new object to update it. */
  sale?: Sale | null;

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

  private selectedTab: SaleCardTab = 'sale';
  /** The user's pick of a tab, applied at the next update unless a listener cancelled it. */
  private tabChange?: SaleTabChangeEvent;
  private saving = false;
  private dialog?: 'unsaved' | 'delete';
  private favouriteShown?: boolean;
  private printing = false;
  private lists: ChoiceLists = normalizeChoiceLists({} as never).lists;
  private linkForm: LinkForm = EMPTY_LINK_FORM;
  /** Where to go once the host confirms the save made from the unsaved-changes dialog. */
  private pendingNavigation?: SaleNavigateDirection;
  private navigateAfterUpdate?: SaleNavigateDirection;
  private dialogInvoker?: HTMLElement;
  private focusAfterUpdate?: string;

  private readonly locale = new LocaleController(this, saleCardMessages);
  private readonly drafts = new DraftController<Sale>(this, EMPTY_SALE, {
    sameRecord: (a, b) => String(a.id) === String(b.id),
  });
  private readonly menu = new MenuController(this, {
    button: () => this.renderRoot.querySelector<HTMLElement>('#tasks-button'),
    menu: () => this.renderRoot.querySelector<HTMLElement>('#tasks-menu'),
    onSelect: (item) => this.runTask(item.dataset['task'] as Task),
  });

  /** Whether the card is in edit mode. */
  get editing(): boolean {
    return this.drafts.editing;
  }

  /** Whether there are unsaved changes. */
  get dirty(): boolean {
    return this.drafts.dirty;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.applyTabChange();
    if (changed.has('sale')) this.receiveSale();
    if (changed.has('error') && this.error) {
      // The host answered a save with an error: keep the draft, stop waiting, stay on this sale.
      this.saving = false;
      this.pendingNavigation = undefined;
    }
    if (changed.has('readonly') && this.readonly) this.drafts.discard();
    if (
      ['stages', 'saleTypes', 'currencies', 'sources', 'competitors', 'credited', 'reasons'].some((key) =>
        changed.has(key as keyof SaleCard),
      )
    ) {
      const { lists, warnings } = normalizeChoiceLists(this);
      this.lists = lists;
      warnAbout(warnings, 'the choice lists');
    }
  }

  protected override render() {
    const t = this.t;
    const { draft: sale, editing } = this.drafts;
    const context = this.context();
    const favourite = this.favouriteShown ?? this.drafts.base.favourite === true;
    const tabs = this.tabDefinitions(!!sale.notes?.trim(), !!sale.links?.length);
    const conflicts = this.drafts.conflicts.map((field) => t(FIELD_LABELS[field] ?? 'field.title'));
    const notice = conflicts.length ? t('conflict', { fields: conflicts.join(', ') }) : '';
    this.currentPanels.clear();
    return html`<article part="card" aria-labelledby="heading" aria-busy=${this.saving ? 'true' : 'false'}>
      <header part="header">
        <sale-status-icon .status=${sale.status}></sale-status-icon>
        <h2 id="heading" part="title">${sale.title.trim() ? sale.title : t('card.untitled')}</h2>
        <div class="actions" role="group" aria-label=${t('action.tasks')}>
          <button
            type="button"
            part="button"
            class="icon-button favourite"
            aria-pressed=${favourite ? 'true' : 'false'}
            @click=${this.toggleFavourite}
          >
            ${renderIcon(favourite ? starFillIcon() : starIcon())}<span class="visually-hidden"
              >${t('action.favourite')}</span
            >
          </button>
          ${
            editing || this.readonly
              ? nothing
              : html`<button
                  type="button"
                  id="edit-button"
                  part="button"
                  class="icon-button"
                  @click=${this.startEditing}
                >
                  ${renderIcon(pencilSimpleIcon())}<span class="visually-hidden">${t('action.edit')}</span>
                </button>`
          }
          ${renderTaskMenu(context, {
            open: this.menu.open,
            skipCompleted: this.skipCompleted,
            canDelete: !this.readonly && !isNewSale(this.drafts.base),
          })}
        </div>
      </header>
      <p part="error" role="alert">${this.error && !this.saving ? this.error : ''}</p>
      <p part="notice" role="status">${notice}</p>
      ${
        notice
          ? html`<button type="button" part="button" class="button use-theirs" @click=${this.useTheirs}>
              ${t('action.useTheirs')}
            </button>`
          : nothing
      }
      <form novalidate @submit=${this.onSubmit}>
        <sale-tabs
          part="tabs"
          label=${t('card.tabs')}
          .tabs=${tabs}
          selected=${this.selectedTab}
          @sale-tab-change=${this.onTabChange}
        >
          ${SALE_CARD_TABS.map((tab) => this.renderPanel(tab, context))}
        </sale-tabs>
        ${this.printing ? this.renderPrintView(context, tabs) : nothing}
        <footer part="footer">
          ${editing ? this.renderEditActions(context) : nothing}${this.renderNavigation()}
        </footer>
      </form>
      ${this.dialog ? renderConfirmDialog(this.dialogContent(context), this.onDialogClose) : nothing}
    </article>`;
  }

  /** Also waits for the inner tabs, which switch panels without an update of the card. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.renderRoot.querySelector('sale-tabs')?.updateComplete;
    return complete;
  }

  protected override updated(): void {
    this.preparingPanels = false;
    if (!this.panelsPrepared) this.preparePanels();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    }
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
    const direction = this.navigateAfterUpdate;
    if (direction) {
      this.navigateAfterUpdate = undefined;
      this.emitNavigate(direction);
    }
  }

  /**
   * The tab definitions, rebuilt only when a label or mark changes: a new array on every render
   * would make `<sale-tabs>` re-validate and re-render its whole tab row on each tab switch or edit.
   */
  private tabDefinitions(notesMarked: boolean, linksMarked: boolean): TabDefinition[] {
    const t = this.t;
    const key = `${this.locale.intlLocale}|${t('tab.sale')}|${notesMarked}|${linksMarked}`;
    if (key !== this.tabsKey) {
      this.tabsKey = key;
      this.tabs = SALE_CARD_TABS.map((id) => ({
        id,
        label: t(`tab.${id}`),
        marked: (id === 'notes' && notesMarked) || (id === 'links' && linksMarked),
      }));
    }
    return this.tabs;
  }

  private tabsKey = '';
  private tabs: TabDefinition[] = [];

  /** `today` as an ISO day, parsed once per value of the property rather than on every render. */
  private todayIso(): string {
    if (this.todayKey !== this.today || !this.todayValue) {
      this.todayKey = this.today;
      this.todayValue = toIsoDay(this.today);
    }
    // Without a valid `today` the real date is used, which can change while the page stays open.
    return this.todayValue ?? localToday();
  }

  private todayKey?: string;
  private todayValue?: string;

  private readonly t = (
    key: SaleCardMessageKey | Parameters<LocaleController['t']>[0],
    params?: Record<string, string | number>,
  ) => this.locale.t(key, params);

  private context(): CardContext {
    const sale = this.drafts.draft;
    return {
      sale,
      editing: this.drafts.editing,
      t: this.t,
      locale: this.locale.intlLocale,
      today: this.todayIso(),
      lists: this.lists,
      missing: this.drafts.editing ? missingRequiredFields(sale) : [],
      linkForm: this.linkForm,
      // A field set to undefined is removed, so a cleared field is absent from the saved sale.
      edit: (patch) => this.changeDraft(applyChanges(this.drafts.draft, patch)),
      replace: (next) => this.changeDraft(next),
      openLink: (link) => this.emitLinkOpen(link),
      updateLinkForm: (patch) => {
        this.linkForm = { ...this.linkForm, ...patch };
        this.requestUpdate();
      },
    };
  }

  private renderEditActions(context: CardContext) {
    const missing = context.missing.map((field) =>
      this.t(field === 'title' ? 'field.title' : 'field.saleType'),
    );
    return html`<button
        type="submit"
        class="button primary"
        ?disabled=${missing.length > 0}
        aria-disabled=${this.saving ? 'true' : 'false'}
        aria-describedby=${missing.length ? 'save-blocked' : nothing}
      >
        ${this.t(this.saving ? 'action.saving' : 'action.save')}
      </button>
      <button type="button" class="button" @click=${this.cancelEditing}>${this.t('action.cancel')}</button>
      ${
        missing.length
          ? html`<p class="hint" id="save-blocked">
              ${this.t('save.blocked', { fields: missing.join(', ') })}
            </p>`
          : nothing
      }`;
  }

  private renderNavigation() {
    const position = validPosition(this.position);
    return html`<span class="spacer"></span>
      ${
        position
          ? html`<span part="position"
              >${this.t('position', { index: position.index + 1, total: position.total })}</span
            >`
          : nothing
      }
      <button
        type="button"
        class="button"
        ?disabled=${position?.index === 0}
        @click=${(event: Event) => this.navigate('previous', event.currentTarget as HTMLElement)}
      >
        ${renderIcon(caretLeftIcon())}${this.t('action.previous')}
      </button>
      <button
        type="button"
        class="button"
        ?disabled=${!!position && position.index === position.total - 1}
        @click=${(event: Event) => this.navigate('next', event.currentTarget as HTMLElement)}
      >
        ${this.t('action.next')}${renderIcon(caretRightIcon())}
      </button>`;
  }

  /**
   * The panel of one tab. The shown one renders; the others, once built in idle time after the
   * first render (`preparePanels`), keep their last DOM unslotted, where it is neither laid out nor
   * in the accessibility tree, and catch up when shown: a tab switch then updates a panel rather
   * than building it.
   */
  private renderPanel(tab: SaleCardTab, context: CardContext) {
    const shown = tab === this.selectedTab;
    if (!shown && !this.panelsPrepared) return nothing;
    const current = shown || this.preparingPanels;
    if (current) this.currentPanels.add(tab);
    return html`<div slot=${tab} class="panel">${current ? TAB_RENDERERS[tab](context) : noChange}</div>`;
  }

  /** The panels the last render brought up to date; the others show what they showed before. */
  private currentPanels = new Set<SaleCardTab>();

  private panelsPrepared = false;
  private preparingPanels = false;
  private preparationScheduled = false;

  private preparePanels(): void {
    if (this.preparationScheduled) return;
    this.preparationScheduled = true;
    const prepare = () => {
      if (!this.isConnected) {
        this.preparationScheduled = false;
        return;
      }
      this.panelsPrepared = true;
      this.preparingPanels = true;
      this.requestUpdate();
    };
    whenIdle(prepare);
  }

  /** Every tab in view mode, one after the other: what the print-out shows. */
  private renderPrintView(context: CardContext, tabs: TabDefinition[]) {
    const view = { ...context, editing: false };
    return html`<div class="print-view">
      ${tabs.map(
        (tab) =>
          html`<h3>${tab.label}</h3>
            ${TAB_RENDERERS[tab.id as SaleCardTab](view)}`,
      )}
    </div>`;
  }

  private dialogContent(context: CardContext): DialogContent {
    const t = this.t;
    // The close event comes a task later; tidy up at once so the next action sees no dialog.
    const close = () => {
      this.renderRoot.querySelector('dialog')?.close();
      this.onDialogClose();
    };
    if (this.dialog === 'delete') {
      return {
        title: t('dialog.delete.title'),
        body: t('dialog.delete.body', { title: this.drafts.base.title || t('card.untitled') }),
        actions: [
          {
            label: t('action.delete'),
            kind: 'danger',
            run: () => {
              close();
              this.emitDelete();
            },
          },
          { label: t('action.cancel'), initialFocus: true, run: close },
        ],
      };
    }
    const direction = this.pendingDirection!;
    const blocked = context.missing.length > 0;
    return {
      title: t('dialog.unsaved.title'),
      body: t('dialog.unsaved.body'),
      note: blocked
        ? t('save.blocked', {
            fields: context.missing
              .map((field) => t(field === 'title' ? 'field.title' : 'field.saleType'))
              .join(', '),
          })
        : undefined,
      actions: [
        {
          label: t('action.save'),
          kind: 'primary',
          disabled: blocked,
          initialFocus: !blocked,
          run: () => {
            close();
            this.pendingNavigation = direction;
            this.save();
          },
        },
        {
          label: t('action.discard'),
          run: () => {
            close();
            this.drafts.discard();
            this.linkForm = EMPTY_LINK_FORM;
            this.emitNavigate(direction);
          },
        },
        { label: t('action.cancel'), initialFocus: blocked, run: close },
      ],
    };
  }

  private pendingDirection?: SaleNavigateDirection;

  private receiveSale(): void {
    const { sale, warnings } = normalizeSale(this.sale);
    warnAbout(warnings, 'sale');
    this.favouriteShown = undefined;
    if (this.saving) {
      // The host's answer to Save: the saved version.
      this.saving = false;
      const hadFocus = !!this.shadowRoot?.activeElement;
      this.drafts.reset(sale);
      this.linkForm = EMPTY_LINK_FORM;
      this.navigateAfterUpdate = this.pendingNavigation;
      this.pendingNavigation = undefined;
      if (hadFocus && !this.navigateAfterUpdate) this.focusAfterUpdate = '#edit-button';
    } else if (!this.drafts.receive(sale)) {
      this.linkForm = EMPTY_LINK_FORM;
    }
    if (isNewSale(sale) && !this.readonly) this.drafts.edit();
  }

  private changeDraft(next: Sale): void {
    this.drafts.set(next);
    this.emitDraftChange();
  }

  /** The conflict notice's button: the host's version of the conflicting fields replaces the user's. */
  private readonly useTheirs = (): void => {
    this.drafts.acceptTheirs();
    this.emitDraftChange();
  };

  private emitDraftChange(): void {
    const { dirty, changes } = this.drafts;
    this.emit(new SaleDraftChangeEvent({ dirty, changes }));
  }

  private save(): void {
    if (!this.drafts.editing || this.saving || missingRequiredFields(this.drafts.draft).length > 0) return;
    this.saving = true;
    const { draft, changes } = this.drafts;
    this.emit(new SaleSaveEvent({ sale: draft, changes }));
  }

  private navigate(direction: SaleNavigateDirection, invoker: HTMLElement): void {
    if (this.drafts.dirty) {
      this.pendingDirection = direction;
      this.dialogInvoker = invoker;
      this.dialog = 'unsaved';
      return;
    }
    this.drafts.discard();
    this.emitNavigate(direction);
  }

  /** Every event goes through here (the events are documented with `@fires` above). */
  private emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  private emitLinkOpen(link: SaleLinkTarget): void {
    this.emit(new SaleLinkOpenEvent({ link }));
  }

  private emitDelete(): void {
    this.emit(new SaleDeleteEvent({ sale: this.drafts.base }));
  }

  private emitNavigate(direction: SaleNavigateDirection): void {
    this.emit(new SaleNavigateEvent({ direction }));
  }

  private runTask(task: Task): void {
    if (task === 'skip-completed') {
      this.skipCompleted = !this.skipCompleted;
      this.emit(new SaleSkipCompletedChangeEvent({ value: this.skipCompleted }));
    } else if (task === 'print') {
      void this.print();
    } else {
      this.dialogInvoker = this.renderRoot.querySelector<HTMLElement>('#tasks-button') ?? undefined;
      this.dialog = 'delete';
    }
  }

  private async print(): Promise<void> {
    const event = new SalePrintEvent({ sale: this.drafts.draft });
    if (!this.emit(event)) return;
    this.printing = true;
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.printing = false;
    }
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.save();
  };

  private readonly onTabChange = (event: SaleTabChangeEvent): void => {
    // Listeners outside the card hear the event after this one and may still cancel it; the update
    // requested here runs once the dispatch is over, when that is known (see willUpdate).
    this.tabChange = event;
    // `<sale-tabs>` shows the panel by itself. A panel the last render brought up to date (after
    // the idle-time preparation, every panel) needs no update of the card; one that missed updates
    // while hidden catches up.
    if (this.currentPanels.has(event.detail.id as SaleCardTab)) queueMicrotask(() => this.applyTabChange());
    else this.requestUpdate();
  };

  /** Takes the user's pick of a tab, unless a listener cancelled it. */
  private applyTabChange(): void {
    const change = this.tabChange;
    this.tabChange = undefined;
    if (change && !change.defaultPrevented) this.selectedTab = change.detail.id as SaleCardTab;
  }

  private readonly startEditing = (): void => {
    this.drafts.edit();
    this.focusAfterUpdate = `.panel[slot="${this.selectedTab}"] :is(input, select, textarea):not(:disabled)`;
  };

  private readonly cancelEditing = (): void => {
    this.drafts.discard();
    this.linkForm = EMPTY_LINK_FORM;
    this.focusAfterUpdate = '#edit-button';
  };

  private readonly toggleFavourite = (): void => {
    const value = !(this.favouriteShown ?? this.drafts.base.favourite === true);
    this.favouriteShown = value;
    this.emit(new SaleFavouriteChangeEvent({ value }));
  };

  private readonly onDialogClose = (): void => {
    if (!this.dialog) return;
    this.dialog = undefined;
    const invoker = this.dialogInvoker;
    this.dialogInvoker = undefined;
    if (invoker?.isConnected) invoker.focus();
  };
}

// The first card of a page would pay for preparing every template and style: do it while idle.
rehearseWhenIdle(SaleCard, {
  cast(card) {
    card.today = '2025-05-15';
    card.stages = REHEARSAL_STAGES;
    card.currencies = ['NOK', 'EUR'];
    card.position = { index: 1, total: 3 };
    card.sale = REHEARSAL_SALE;
  },
  // Shows each tab's panel (built by now) once, as a host would select it: no event fires.
  async act(card, layOut) {
    const tabs = card.shadowRoot?.querySelector('sale-tabs');
    if (!tabs) return;
    for (const tab of SALE_CARD_TABS) {
      tabs.selected = tab;
      await tabs.updateComplete;
      layOut();
    }
  },
});

declare global {
  interface HTMLElementTagNameMap {
    'sale-card': SaleCard;
  }
}
