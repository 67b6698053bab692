import { LitElement, html, type PropertyValues } from 'lit';
import { reportProblems } from '../../diagnostics/report-problems.js';
import type { SaleTabChangedEvent } from '../../events/sale-tab-changed.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { describeValue } from '../../model/describe.js';
import { resolveToday } from '../../model/today.js';
import {
  SECTION_IDS,
  readSectionsSale,
  visibleSections,
  type SectionId,
  type SectionsSale,
} from '../../model/sections.js';
import type { DataWarning, SaleInput, SalesGuide } from '../../model/types.js';
import { isUnset } from '../../properties/is-unset.js';
import { guardObjectAttributes } from '../../properties/object-attribute-guard.js';
import { textAttribute } from '../../properties/text-attribute.js';
import { ActivitiesSection } from './activities-section.js';
import { renderQuoteSection } from './quote-section.js';
import { saleSectionsMessages, type Translate } from './sale-sections.messages.js';
import { saleSectionsStyles } from './sale-sections.styles.js';
import { StakeholdersSection } from './stakeholders-section.js';

/**
 * The detail cards under a sale, as tabs (`<sale-tabs>`): Activities always; with `premium`, the
 * Sales guide (when a `guide` is given, through `<sales-guide-card>`), Stakeholders and Quote.
 * Activities and Stakeholders are data grids after the APG grid pattern: arrow keys move between
 * cells, the headers sort (`aria-sort`), Enter or double-click opens an activity.
 *
 * Importing it registers `<sale-tabs>` and `<sales-guide-card>` too.
 *
 * @tagname sale-sections
 * @summary The Activities, Sales guide, Stakeholders and Quote cards of a sale, as tabs.
 *
 * @fires {SaleTabChangeEvent} sale-tab-change - The user picked another tab. `detail: { id, previous }`. Cancelable: `preventDefault()` keeps the current tab.
 * @fires {SaleTabChangedEvent} sale-tab-changed - The picked tab is now shown (the change was not cancelled). `detail: { id, previous }`.
 * @fires {SaleActivityOpenEvent} sale-activity-open - Enter or double-click on an activity row. `detail: { id }`.
 * @fires {SaleActivityCompleteEvent} sale-activity-complete - The user changed an activity's Completed checkbox. `detail: { id, done }`.
 * @fires {SaleActivityAddEvent} sale-activity-add - The user clicked Add activity. `detail: { saleId }`.
 * @fires {SaleStakeholderAddEvent} sale-stakeholder-add - The user clicked Add stakeholder. `detail: { saleId }`.
 * @fires {SaleStakeholderEditEvent} sale-stakeholder-edit - The user clicked Edit on a stakeholder. `detail: { id }`.
 * @fires {SaleStakeholderRemoveEvent} sale-stakeholder-remove - The user confirmed removing a stakeholder. `detail: { id }`.
 * @fires {SaleQuoteCreateEvent} sale-quote-create - The user clicked "Create a new quote". `detail: { saleId }`.
 * @fires {SaleQuoteOpenEvent} sale-quote-open - The user clicked Open quote. `detail: { id }`.
 * @fires {SaleGuideStepEvent} sale-guide-step - From the sales guide card: Create or a step's checkbox. `detail: { stageId, stepId, action }`.
 * @fires {SaleStageChangeEvent} sale-stage-change - From the sales guide card: the user picked a stage. `detail: { stageId }`.
 *
 * @csspart card - The surface of the selected card, under the tabs.
 * @csspart grid - The Activities or Stakeholders grid (`role="grid"`).
 * @csspart header-row - The grid's row of column headers.
 * @csspart column-header - Each column header.
 * @csspart sort-button - The button in a sortable column header.
 * @csspart row - Each data row of a grid.
 * @csspart cell - Each cell of a data row.
 * @csspart overdue - The word "Overdue" beside the date of an overdue activity.
 * @csspart add-button - The Add button of the Activities and Stakeholders cards.
 * @csspart edit-button - Each stakeholder's Edit button.
 * @csspart remove-button - Each stakeholder's Remove button.
 * @csspart dialog - The confirmation before a stakeholder is removed.
 * @csspart quote - The box with the quote's figures.
 * @csspart create-quote-button - "Create a new quote".
 * @csspart open-quote-button - "Open quote".
 *
 * @cssprop [--sale-sections-accent-color=var(--sale-color-accent)] - Colour of the buttons' text.
 * @cssprop [--sale-sections-muted-color=var(--sale-color-text-muted)] - Colour of secondary text.
 * @cssprop [--sale-sections-border-color=var(--sale-color-border)] - Borders of buttons and the dialog.
 * @cssprop [--sale-sections-overdue-color=var(--sale-color-warning)] - Colour of overdue dates and of Remove.
 * @cssprop [--sale-sections-hover-background=var(--sale-color-surface-hover)] - Background of a button under the pointer.
 * @cssprop [--sale-sections-background=var(--sale-color-surface)] - Background of the cards.
 * @cssprop [--sale-sections-dialog-background=Canvas] - Background of the confirmation dialog.
 * @cssprop [--sale-sections-grid-max-height=24rem] - Height above which a grid scrolls (its header row stays).
 * @cssprop [--sale-grid-header-background=var(--sale-color-surface-hover)] - Background of the grids' header row. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-grid-divider-color=var(--sale-color-border)] - The line between grid rows. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-grid-hover-background=var(--sale-color-surface-hover)] - Background of a grid row under the pointer. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-focus-ring-color=#1a73e8] - Colour of the keyboard focus ring.
 */
export class SaleSections extends LitElement {
  static override styles = saleSectionsStyles;

  static override properties = {
    sale: { attribute: false },
    guide: { attribute: false },
    premium: { type: Boolean, reflect: true },
    selected: { reflect: true, converter: textAttribute },
    today: {},
  };

  static {
    guardObjectAttributes(this);
  }

  /** The sale whose activities, stakeholders and quote the cards show. Bad data shows what it can and warns. */
  sale?: SaleInput;

  /** The sale type's sales guide. With `premium`, a guide adds the Sales guide tab. Default: `sale.saleType.guide`. */
  guide?: SalesGuide;

  /** The Sales Premium licence: adds the Sales guide, Stakeholders and Quote tabs. */
  premium = false;

  /** The selected tab: `activities`, `guide`, `stakeholders` or `quote`. One that is not shown falls back to `activities`. */
  selected: SectionId = 'activities';

  /** The day that decides which activities are overdue (ISO `YYYY-MM-DD`). Default: today in the user's time zone. */
  today?: string;

  /** @internal `today` as an ISO day; unset while `today` is unset, so the real date is read at render. */
  private todayIso?: string;
  /** @internal */
  private shownSale: SectionsSale = readSectionsSale(undefined).sale;
  /** @internal */
  private readonly locale = new LocaleController(this, saleSectionsMessages);
  /** @internal */
  private readonly t: Translate = (key, params) => this.locale.t(key, params);
  /** @internal */
  private readonly activities = new ActivitiesSection(this);
  /** @internal */
  private readonly stakeholders = new StakeholdersSection(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const problems: DataWarning[] = [];
    if (changed.has('sale')) {
      const { sale, warnings } = readSectionsSale(this.sale);
      this.shownSale = sale;
      problems.push(...warnings);
    }
    if (changed.has('today')) {
      const { today, warning } = resolveToday(this.today);
      this.todayIso = today;
      if (warning) problems.push(warning);
    }
    if (
      changed.has('selected') &&
      !isUnset(this.selected) &&
      !(SECTION_IDS as readonly unknown[]).includes(this.selected)
    ) {
      problems.push({
        field: 'selected',
        message: `expected one of ${SECTION_IDS.join(', ')}, got ${describeValue(this.selected)}; showing activities`,
      });
    }
    reportProblems('sale-sections', problems);
  }

  protected override render() {
    const guide = this.guideToShow();
    const ids = visibleSections(this.premium, guide != null);
    const selected = ids.includes(this.selected) ? this.selected : 'activities';
    const tabs = ids.map((id) => ({ id, label: this.t(`sections.${id}`) }));
    return html`<sale-tabs
      label=${this.t('sections.label')}
      .tabs=${tabs}
      selected=${selected}
      @sale-tab-changed=${this.onTabChanged}
    >
      <div slot=${selected} class="surface" part="card">${this.renderSection(selected, guide)}</div>
    </sale-tabs>`;
  }

  /** @internal Only the selected card renders: the others would cost time and hold nothing visible. */
  private renderSection(id: SectionId, guide: unknown) {
    const sale = this.shownSale;
    const locale = this.locale.intlLocale;
    switch (id) {
      case 'guide':
        return html`<sales-guide-card
          .guide=${guide as SalesGuide}
          .stageId=${sale.stageId}
          .status=${sale.status}
        ></sales-guide-card>`;
      case 'stakeholders':
        return this.stakeholders.render(sale, locale, this.t);
      case 'quote':
        return renderQuoteSection(this, sale, locale, this.t);
      default:
        return this.activities.render(sale, this.todayIso ?? resolveToday(undefined).today, locale, this.t);
    }
  }

  /** @internal The `guide` property, else the guide of the sale's type (read defensively: the sale is host data). */
  private guideToShow(): unknown {
    if (this.guide !== undefined) return this.guide;
    try {
      const saleType = (this.sale as { saleType?: unknown } | null | undefined)?.saleType;
      return saleType && typeof saleType === 'object' ? (saleType as { guide?: unknown }).guide : undefined;
    } catch {
      // A getter or Proxy that throws: readSectionsSale has warned about the sale already.
      return undefined;
    }
  }

  /** @internal The tabs switched (no listener cancelled the change): follow them. */
  private readonly onTabChanged = (event: SaleTabChangedEvent): void => {
    this.selected = event.detail.id as SectionId;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'sale-sections': SaleSections;
  }
}
