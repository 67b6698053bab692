import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { MenuController } from '../../controllers/menu-controller.js';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { SaleListStateChangeEvent } from '../../events/sale-list-state-change.js';
import { SaleOpenEvent } from '../../events/sale-open.js';
import { GridController } from '../../grid/grid-controller.js';
import { HEADER_ROW_KEY, renderBody, renderGrid } from '../../grid/render-grid.js';
import type { GridSort } from '../../grid/types.js';
import { renderVirtualBody, scrollVirtualBodyTo } from '../../grid/virtual-body.js';
import { hostFont } from '../../grid/content-width.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { localToday } from '../../model/dates.js';
import type { SaleFilter } from '../../model/filter.js';
import type { GroupBy } from '../../model/group.js';
import { SALE_COLUMNS, type SaleColumn } from '../../model/sort.js';
import { resolveToday } from '../../model/today.js';
import type { DataWarning, Id, SaleInput } from '../../model/types.js';
import { guardObjectAttributes } from '../../properties/object-attribute-guard.js';
import {
  buildColumns,
  contextColumn,
  DEFAULT_COLUMNS,
  firstSortDirection,
  knownColumns,
  visibleColumns,
  type ColumnContext,
} from './columns.js';
import { isReversedRange, renderToolbar, toggleOwner } from './filter-bar.js';
import { EmptyRow, GroupRow, itemKey, memo, rowInfos, type BodyItem, type SaleRows } from './list-model.js';
import { checkFilter, checkGroupBy, checkLabel, checkSort, groupByAttribute } from './list-properties.js';
import { ListPipeline, type ListView } from './list-view.js';
import { saleListMessages } from './sale-list.messages.js';
import { saleListStyles } from './sale-list.styles.js';
import { countText, renderTotalsRow } from './summary-rows.js';
import { renderBodyRow, type BodyRowContext } from './body-rows.js';
import { columnSizer } from './column-widths.js';

/** The record whose screen embeds the list, such as `{ kind: 'company', id: 12 }`. */
export interface SaleListContext {
  /** `company`, `person`, `project`, `owner` (or `diary`): hides the column that would repeat it. */
  kind: string;
  id?: Id;
}

/** The properties checked by list-properties.ts and columns.ts, each warning when it changes. */
const CHECKED_PROPERTIES = ['columns', 'sort', 'groupBy', 'filter', 'context', 'label'] as const;

/** Lists longer than this render only the rows near the viewport. */
const VIRTUAL_THRESHOLD = 100;

/**
 * The sales overview: a sortable, filterable, groupable grid of sales with totals per currency,
 * after the WAI-ARIA APG grid pattern. Arrows move between cells and rows, Enter or double-click
 * opens a sale. Long lists are virtualized (10,000 sales keep well under 300 rows in the DOM).
 * Every change the user makes to columns, sort, grouping or filter is announced with
 * `sale-list-state-change`, so the host can store it and set it again next time.
 *
 * @tagname sale-list
 * @summary The sales list: columns, sorting, filters, grouping and per-currency totals, virtualized.
 *
 * @fires {SaleOpenEvent} sale-open - The user opened a sale (Enter or double-click on its row). `detail: { id }`.
 * @fires {SaleListStateChangeEvent} sale-list-state-change - The user changed columns, sort, grouping or filter. `detail: { columns, sort, groupBy, filter }`. Not fired when the host sets properties.
 *
 * @csspart toolbar - The bar above the grid with the filter, Group by and the column chooser.
 * @csspart filter - The filter controls (`role="search"`).
 * @csspart clear-button - The filter's Clear button.
 * @csspart owners-button - The button that opens the owners filter (it says how many are chosen).
 * @csspart owners-menu - The owners filter's menu of checkboxes.
 * @csspart columns-button - The button that opens the column chooser.
 * @csspart column-menu - The column chooser menu.
 * @csspart grid - The `role="grid"` element.
 * @csspart header-row - The row of column headers.
 * @csspart column-header - Each column header.
 * @csspart sort-button - The sort button inside a sortable column header.
 * @csspart row - Each sale's row (also group and totals rows, which add `group-row` / `totals-row`).
 * @csspart group-row - A group heading row.
 * @csspart totals-row - The totals row of the filtered sales.
 * @csspart cell - Each cell of a sale's row.
 *
 * @cssprop [--sale-list-max-height=70vh] - Height limit of the grid; it scrolls (and virtualizes) inside.
 * @cssprop [--sale-list-overdue-color=var(--sale-color-warning)] - Colour of overdue next activities and titles.
 * @cssprop [--sale-list-group-background=var(--sale-color-surface-hover)] - Background of group heading rows. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-list-input-background=var(--sale-color-surface)] - Background of the filter's inputs.
 * @cssprop [--sale-list-menu-background=var(--sale-color-surface)] - Background of the column chooser. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-grid-header-background=var(--sale-color-surface-hover)] - Background of the header and totals rows. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-grid-divider-color=var(--sale-color-border)] - Lines between rows. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-grid-hover-background=var(--sale-color-surface-hover)] - Background of the row under the pointer. Until the token is set, a shade of its own (see Theming in the README).
 * @cssprop [--sale-focus-ring-color=#1a73e8] - Colour of the keyboard focus ring.
 */
export class SaleList extends LitElement {
  static override styles = [
    saleListStyles,
    // The scroller's height limit, told to the virtual body (see virtual-body.ts) so that the first
    // render holds only the rows the scroller shows. Kept here, beside the manifest-documented
    // styles, as it is the grid's private input rather than a style.
    css`
      :host {
        --_grid-max-height: var(--sale-list-max-height, 70vh);
      }
    `,
  ];

  static override properties = {
    sales: { attribute: false },
    columns: { attribute: false },
    sort: { attribute: false },
    groupBy: { attribute: 'group-by', reflect: true, converter: groupByAttribute },
    filter: { attribute: false },
    context: { attribute: false },
    today: {},
    label: {},
  };

  static {
    guardObjectAttributes(this);
  }

  /** The sales to list (`Sale[]`). Entries that are not objects are left out; bad fields show "—". One warning per assignment. */
  sales: SaleInput[] = [];

  /** The ids of the visible columns, in order. Default: status, saleDate, amount, stage, nextActivity, title, person, company, owner. Optional: weightedAmount, profit, profitPercent, probability, saleType, source, competitor, currency, reopenDate, number. */
  columns: string[] = [...DEFAULT_COLUMNS];

  /** The sort `{ column, direction: 'asc' | 'desc' }`; undefined keeps the host's order. */
  sort?: GridSort;

  /** Groups the rows: `none`, `stage`, `status`, `owner`, `company`, `saleType` or `month`. */
  groupBy: GroupBy = 'none';

  /** The filter `{ text?, status?, owners?, from?, to? }`. */
  filter: SaleFilter = {};

  /** The record whose screen embeds the list (`{ kind: 'company', id }`); hides the column that would repeat it. */
  context?: SaleListContext;

  /** Today's date (`YYYY-MM-DD`) for "overdue"; defaults to the real date in the user's time zone. */
  today: string = localToday();

  /** The grid's accessible name; default "Sales" / "Salg". */
  label?: string;

  /** @internal */
  private readonly locale = new LocaleController(this, saleListMessages);
  /** @internal The locale's message lookup, one function for the whole life of the element. */
  private readonly t: ColumnContext['t'] = this.locale.t;

  /** @internal */
  private readonly grid = new GridController(this, {
    rows: () => this.rowInfos(),
    firstRowKey: HEADER_ROW_KEY,
    onOpen: (key) => this.open(key),
    onSortChange: (sort) => {
      this.sort = sort;
      this.emitState();
    },
    scrollToRow: (index) => scrollVirtualBodyTo(this.renderRoot, index - 1),
    firstSortDirection,
  });

  /** @internal */
  private readonly menu = new MenuController(this, {
    button: () => this.renderRoot.querySelector<HTMLElement>('.columns-button'),
    menu: () => this.renderRoot.querySelector<HTMLElement>('#column-menu'),
    onSelect: (item) => this.toggleColumn(item.dataset['key']!),
  });

  /** @internal */
  private readonly ownersMenu = new MenuController(this, {
    button: () => this.renderRoot.querySelector<HTMLElement>('.owners-button'),
    menu: () => this.renderRoot.querySelector<HTMLElement>('#owners-menu'),
    onSelect: (item) => {
      const owner = this.currentView().rows.owners[Number(item.dataset['key'])];
      if (!owner) return;
      this.filter = toggleOwner(this.checked.filter(this.filter).value, owner);
      this.emitState();
    },
  });

  /** @internal Each property checked once per value (see list-properties.ts). */
  private readonly checked = {
    columns: memo(knownColumns),
    context: memo(contextColumn),
    sort: memo(checkSort),
    groupBy: memo(checkGroupBy),
    filter: memo(checkFilter),
    label: memo(checkLabel),
  };
  /** @internal The filter the user's Clear set, while it stands: the live region then says so. */
  private clearedFilter?: SaleFilter;
  /** @internal */
  private readonly pipeline = new ListPipeline();
  /** @internal */
  private readonly visibleColumns = memo(visibleColumns);
  /** @internal */
  private readonly columnDefinitions = memo(
    (_language: string, locale: string, today: string, rows: SaleRows) =>
      buildColumns({ t: this.t, locale, today, view: (sale) => rows.view(sale) }),
  );
  /** @internal */
  private readonly infos = memo(rowInfos);
  /** @internal The shown columns, sized to their content (see column-widths.ts). */
  private readonly sizedColumns = columnSizer();

  protected override willUpdate(changed: PropertyValues<this>): void {
    const warnings: DataWarning[] = [];
    for (const name of CHECKED_PROPERTIES) {
      const { warning } = (this.checked[name] as (value: unknown) => { warning?: DataWarning })(this[name]);
      if (changed.has(name) && warning) warnings.push(warning);
    }
    const today = resolveToday(this.today).warning;
    if (changed.has('today') && today) warnings.push(today);
    reportProblems('sale-list', warnings);
    if (changed.has('sales')) this.pipeline.rowsOf(this.sales).report();
    this.grid.sort = this.checked.sort(this.sort).value;
  }

  protected override render(): TemplateResult {
    const { t } = this;
    const locale = this.locale.intlLocale;
    const today = resolveToday(this.today).today;
    const view = this.currentView();
    const definitions = this.columnDefinitions(this.locale.language, locale, today, view.rows);
    const hidden = this.checked.context(this.context).hidden;
    const visible = this.shownColumns();
    const font = hostFont(this);
    const columns = this.sizedColumns(definitions, visible, view.totals, locale, t('overdue'), font);
    const { items } = view;
    const rowContext: BodyRowContext = {
      grid: this.grid,
      columns,
      visible,
      rows: view.rows,
      groupBy: this.checked.groupBy(this.groupBy).value,
      today,
      t,
      locale,
    };
    const renderRow = (item: BodyItem, index: number) => renderBodyRow(item, index + 2, rowContext);
    const key = (item: BodyItem) => itemKey(item, view.rows);
    const body =
      items.length > VIRTUAL_THRESHOLD
        ? renderVirtualBody(this.grid, items, key, renderRow)
        : renderBody(items, key, renderRow);
    const withTotals = view.sales.length > 0;
    return html`${renderToolbar({
        t,
        filter: this.checked.filter(this.filter).value,
        groupBy: this.checked.groupBy(this.groupBy).value,
        owners: view.rows.owners,
        choosable: SALE_COLUMNS.filter((id) => id !== hidden).map((id) => ({
          id,
          header: definitions[id].header,
        })),
        visible,
        menu: this.menu,
        ownersMenu: this.ownersMenu,
        locale,
        onFilter: (next) => {
          this.filter = next;
          this.emitState();
        },
        onClear: () => {
          this.filter = this.clearedFilter = {};
          this.emitState();
        },
        onGroupBy: (next) => {
          this.groupBy = next;
          this.emitState();
        },
      })}
      <div class="grid-scroller">
        ${renderGrid(this.grid, {
          label: this.checked.label(this.label).value ?? t('list.label'),
          columns,
          body,
          footer: withTotals
            ? renderTotalsRow(this.grid, {
                totals: view.totals,
                columns,
                rowIndex: items.length + 2,
                t,
                locale,
              })
            : undefined,
          rowCount: items.length + 1 + (withTotals ? 1 : 0),
          sortLabel: (column) => t('list.sortHint', { column: column.header }),
        })}
      </div>
      <p class="visually-hidden" role="status">${this.statusText(view.sales.length)}</p>`;
  }

  /** @internal What the live region says: the count, after why it changed when the user needs to know. */
  private statusText(count: number): string {
    const { t } = this;
    const filter = this.checked.filter(this.filter).value;
    const why =
      this.filter === this.clearedFilter
        ? t('filter.cleared')
        : isReversedRange(filter)
          ? t('filter.reversed')
          : '';
    return `${why} ${countText(count, t, this.locale.intlLocale)}`.trim();
  }

  /** @internal What the list shows now, from the checked properties (memoized: cheap to call again). */
  private currentView(): ListView {
    const filter = this.checked.filter(this.filter).value;
    const filteredOutText = isReversedRange(filter) ? 'list.emptyReversed' : 'list.emptyFiltered';
    return this.pipeline.view({
      sales: this.sales,
      filter,
      sort: this.grid.sort,
      groupBy: this.checked.groupBy(this.groupBy).value,
      locale: this.locale.intlLocale,
      emptyText: (filteredOut) => this.t(filteredOut ? filteredOutText : 'list.empty'),
    });
  }

  /** @internal The visible columns: the host's known ids without the context's column. */
  private shownColumns(): SaleColumn[] {
    const { ids } = this.checked.columns(this.columns);
    return this.visibleColumns(ids, this.checked.context(this.context).hidden);
  }

  /** @internal */
  private rowInfos() {
    const { items, rows } = this.currentView();
    return this.infos(items, this.shownColumns().length, !(items[0] instanceof EmptyRow), rows);
  }

  /** @internal */
  private open(key: string): void {
    // rows() is the header row, then one row per body item.
    const index = this.rowInfos().findIndex((row) => row.key === key);
    const { items, rows } = this.currentView();
    const item = items[index - 1];
    if (index < 1 || !item || item instanceof GroupRow || item instanceof EmptyRow) return;
    this.dispatchEvent(new SaleOpenEvent({ id: rows.view(item).id }));
  }

  /** @internal The known ids of `columns`, in order, or the shown columns when it has none. */
  private columnIds(): string[] {
    const { ids } = this.checked.columns(this.columns);
    return ids.length > 0 ? [...ids] : this.shownColumns();
  }

  /** @internal */
  private toggleColumn(id: string): void {
    const visible = this.shownColumns();
    const shown = visible.includes(id as SaleColumn);
    if (shown && visible.length === 1) return;
    const ids = this.columnIds();
    this.columns = shown ? ids.filter((column) => column !== id) : [...ids, id];
    this.emitState();
  }

  /** @internal */
  private emitState(): void {
    this.dispatchEvent(
      new SaleListStateChangeEvent({
        columns: this.columnIds(),
        sort: this.checked.sort(this.sort).value,
        groupBy: this.checked.groupBy(this.groupBy).value,
        filter: this.checked.filter(this.filter).value,
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sale-list': SaleList;
  }
}
