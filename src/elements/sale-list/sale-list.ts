import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { MenuController } from '../../controllers/menu-controller.js';
import { SaleListStateChangeEvent } from '../../events/sale-list-state-change.js';
import { SaleOpenEvent } from '../../events/sale-open.js';
import { GridController } from '../../grid/grid-controller.js';
import {
  HEADER_ROW_KEY,
  renderBody,
  renderDataRow,
  renderGrid,
  renderSpanningRow,
} from '../../grid/render-grid.js';
import type { GridColumn, GridSort } from '../../grid/types.js';
import { renderVirtualBody, scrollVirtualBodyTo } from '../../grid/virtual-body.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { warmUpCollationWhenIdle, warmUpFormattingWhenIdle } from '../../prepare/warm-up.js';
import { rehearseWhenIdle } from '../../prepare/rehearse.js';
import { REHEARSAL_SALES } from '../../prepare/rehearsal-sale.js';
import { localToday } from '../../model/dates.js';
import { normalizeFilter, type SaleFilter } from '../../model/filter.js';
import { formatMoney, formatMonth, formatNumber } from '../../model/format.js';
import { isGroupBy, type GroupBy, type SaleGroup } from '../../model/group.js';
import { isOverdue } from '../../model/overdue.js';
import { SALE_COLUMNS, type SaleColumn } from '../../model/sort.js';
import { combineTotals, totalsOf, type CurrencySum, type SaleTotals } from '../../model/totals.js';
import type { Id, Sale } from '../../model/types.js';
import { buildColumns, CONTEXT_COLUMNS, DEFAULT_COLUMNS, firstSortDirection } from './columns.js';
import { renderToolbar, toggleOwner } from './filter-bar.js';
import {
  arrange,
  bodyItems,
  EmptyRow,
  GroupRow,
  itemKey,
  memo,
  rowInfos,
  SaleRows,
  TOTALS_ROW_KEY,
  type BodyItem,
} from './list-model.js';
import { saleListMessages } from './sale-list.messages.js';
import { saleListStyles } from './sale-list.styles.js';

// Money and dates show on the first render, and groups are ordered by name: load the locale
// data while the page is idle.
warmUpFormattingWhenIdle();
warmUpCollationWhenIdle();

/** The record whose screen embeds the list, such as `{ kind: 'company', id: 12 }`. */
export interface SaleListContext {
  /** `company`, `person`, `project`, `owner` (or `diary`): hides the column that would repeat it. */
  kind: string;
  id?: Id;
}

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

  // Declared without decorators: the decorator runtime would cost each entry about 0.4 kB gzip.
  static override properties = {
    sales: { attribute: false },
    columns: { attribute: false },
    sort: { attribute: false },
    groupBy: { attribute: 'group-by', reflect: true },
    filter: { attribute: false },
    context: { attribute: false },
    today: {},
    label: {},
  };

  /** The sales to list (`Sale[]`). Entries that are not objects are left out; bad fields show "—". One warning per assignment. */
  sales: Sale[] = [];

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
      const owner = this.prepare(this.sales).owners[Number(item.dataset['key'])];
      if (!owner) return;
      this.filter = toggleOwner(normalizeFilter(this.filter), owner);
      this.emitState();
    },
  });

  /** @internal Host sales, checked once per assignment. */
  private readonly prepare = memo((sales: unknown) => new SaleRows(sales));
  /** @internal */
  private readonly visibleColumnsOf = memo(
    (columns: unknown, context: SaleListContext | undefined): SaleColumn[] => {
      const known = Array.isArray(columns)
        ? [
            ...new Set(
              columns.filter((id): id is SaleColumn => (SALE_COLUMNS as readonly unknown[]).includes(id)),
            ),
          ]
        : [];
      const hidden =
        context && typeof context === 'object' ? CONTEXT_COLUMNS[String(context.kind)] : undefined;
      const shown = known.filter((id) => id !== hidden);
      return shown.length > 0 ? shown : DEFAULT_COLUMNS.filter((id) => id !== hidden);
    },
  );
  /** @internal */
  private readonly columnDefinitions = memo(
    (_language: string, locale: string, today: string, rows: SaleRows) =>
      buildColumns({ t: this.locale.t.bind(this.locale), locale, today, view: (sale) => rows.view(sale) }),
  );
  /** @internal */
  private readonly arranged = memo(arrange);
  /** @internal */
  private readonly body = memo(
    (sales: readonly Sale[], groupBy: GroupBy, locale: string, emptyText: string) => {
      const result = bodyItems(sales, groupBy, locale);
      return result.items.length > 0
        ? result
        : { items: [new EmptyRow(`grid:empty:${emptyText}`)], groups: result.groups };
    },
  );
  /** @internal */
  private readonly totals = memo((sales: readonly Sale[], groups: readonly SaleGroup[]) =>
    // Grouped, the groups have summed every sale already.
    groups.length > 0 ? combineTotals(groups) : totalsOf(sales),
  );
  /** @internal */
  private readonly infos = memo(rowInfos);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sales')) this.prepare(this.sales).report();
    if (changed.has('groupBy') && !isGroupBy(this.groupBy)) {
      console.warn(`<sale-list>: unknown groupBy ${JSON.stringify(String(this.groupBy))}; not grouping.`);
    }
    if (changed.has('columns') && this.columns !== undefined) {
      const unknown = Array.isArray(this.columns)
        ? this.columns.filter((id) => !(SALE_COLUMNS as readonly unknown[]).includes(id))
        : [this.columns];
      if (unknown.length > 0) {
        console.warn(
          `<sale-list>: unknown columns ${JSON.stringify(unknown)} left out; known: ${SALE_COLUMNS.join(', ')}.`,
        );
      }
    }
    this.grid.sort = this.sort && typeof this.sort === 'object' ? this.sort : undefined;
  }

  protected override render(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const locale = this.locale.intlLocale;
    const rows = this.prepare(this.sales);
    const definitions = this.columnDefinitions(this.locale.language, locale, String(this.today), rows);
    const visible = this.visibleColumnsOf(this.columns, this.context);
    const columns = visible.map((id) => definitions[id]);
    const filter = normalizeFilter(this.filter);
    const sales = this.arranged(rows.rows, this.filter, this.grid.sort, locale);
    const { items, groups } = this.currentBody();
    const totals = this.totals(sales, groups);
    const hidden = this.context ? CONTEXT_COLUMNS[String(this.context.kind)] : undefined;
    const renderRow = (item: BodyItem, index: number) => this.renderRow(item, index + 2, columns, locale);
    const virtual = items.length > VIRTUAL_THRESHOLD;
    const key = (item: BodyItem) => itemKey(item, rows);
    const body = virtual
      ? renderVirtualBody(this.grid, items, key, renderRow)
      : renderBody(items, key, renderRow);
    const withTotals = sales.length > 0;
    return html`${renderToolbar({
        t,
        filter,
        groupBy: isGroupBy(this.groupBy) ? this.groupBy : 'none',
        owners: rows.owners,
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
        onGroupBy: (next) => {
          this.groupBy = next;
          this.emitState();
        },
      })}
      <div class="grid-scroller">
        ${renderGrid(this.grid, {
          label: this.label?.trim() || t('list.label'),
          columns,
          body,
          footer: withTotals ? this.renderTotals(totals, columns, items.length + 2, locale) : undefined,
          rowCount: items.length + 1 + (withTotals ? 1 : 0),
          sortLabel: (column) => t('list.sortHint', { column: column.header }),
        })}
      </div>
      <p class="visually-hidden" role="status">${this.countText(sales.length)}</p>`;
  }

  /** @internal */
  private currentBody(): { items: readonly BodyItem[]; groups: SaleGroup[] } {
    const locale = this.locale.intlLocale;
    const rows = this.prepare(this.sales);
    const sales = this.arranged(rows.rows, this.filter, this.grid.sort, locale);
    const empty = this.locale.t(rows.rows.length > 0 ? 'list.emptyFiltered' : 'list.empty');
    return this.body(sales, isGroupBy(this.groupBy) ? this.groupBy : 'none', locale, empty);
  }

  /** @internal */
  private rowInfos() {
    const { items } = this.currentBody();
    const columns = this.visibleColumnsOf(this.columns, this.context).length;
    return this.infos(items, columns, !(items[0] instanceof EmptyRow), this.prepare(this.sales));
  }

  /** @internal */
  private countText(count: number): string {
    return count === 1
      ? this.locale.t('list.countOne')
      : this.locale.t('list.count', { count: formatNumber(count, this.locale.intlLocale) });
  }

  /** @internal */
  private sumText(sums: readonly CurrencySum[], field: 'amount' | 'weightedAmount', locale: string): string {
    return sums.map((sum) => formatMoney(sum[field], sum.currency, locale)).join(', ');
  }

  /** @internal */
  private renderRow(
    item: BodyItem,
    rowIndex: number,
    columns: GridColumn<Sale>[],
    locale: string,
  ): TemplateResult {
    if (item instanceof EmptyRow) {
      return renderSpanningRow(this.grid, {
        key: item.key,
        rowIndex,
        colspan: columns.length,
        className: 'empty-row',
        content: html`<div class="empty">${item.key.slice('grid:empty:'.length)}</div>`,
      });
    }
    if (!(item instanceof GroupRow)) {
      const rows = this.prepare(this.sales);
      const view = rows.view(item);
      return renderDataRow(this.grid, {
        key: rows.keyOf(item),
        row: item,
        columns,
        rowIndex,
        className: isOverdue(view, String(this.today)) ? 'overdue' : '',
      });
    }
    return renderSpanningRow(this.grid, {
      key: item.key,
      rowIndex,
      colspan: columns.length,
      role: 'rowheader',
      className: 'group-row',
      part: 'row group-row',
      content: this.groupHeading(item.group, locale),
    });
  }

  /** @internal */
  private groupHeading(group: SaleGroup, locale: string): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    let name: string;
    if (group.value === undefined) name = t('list.none');
    else if (this.groupBy === 'status') name = t(`status.${group.value}` as 'status.open');
    else if (this.groupBy === 'month') name = formatMonth(group.value, locale);
    else name = group.value;
    const parts = [this.countText(group.count)];
    if (group.sums.length > 0) {
      parts.push(t('list.amountSum', { value: this.sumText(group.sums, 'amount', locale) }));
      parts.push(t('list.weightedSum', { value: this.sumText(group.sums, 'weightedAmount', locale) }));
    }
    return html`<span class="group-name">${name}</span>
      <span class="group-summary">${parts.join(' · ')}</span>`;
  }

  /** @internal */
  private renderTotals(
    totals: SaleTotals,
    columns: GridColumn<Sale>[],
    rowIndex: number,
    locale: string,
  ): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const lines = (field: 'amount' | 'weightedAmount') =>
      html`<span class="sum-lines"
        >${totals.sums.map((sum) => html`<span>${formatMoney(sum[field], sum.currency, locale)}</span>`)}</span
      >`;
    const totalColumns: GridColumn<SaleTotals>[] = columns.map((column, index) => ({
      id: column.id,
      header: column.header,
      align: column.align ?? 'start',
      rowHeader: index === 0,
      render: () => {
        if (column.id === 'amount') return lines('amount');
        if (column.id === 'weightedAmount') return lines('weightedAmount');
        if (index === 0) return `${t('list.total')}: ${this.countText(totals.count)}`;
        return nothing;
      },
    }));
    return renderDataRow(this.grid, {
      key: TOTALS_ROW_KEY,
      row: totals,
      columns: totalColumns,
      rowIndex,
      className: 'totals-row',
      part: 'row totals-row',
    });
  }

  /** @internal */
  private open(key: string): void {
    // rows() is the header row, then one row per body item.
    const index = this.rowInfos().findIndex((row) => row.key === key);
    const item = this.currentBody().items[index - 1];
    if (index < 1 || !item || item instanceof GroupRow || item instanceof EmptyRow) return;
    this.dispatchEvent(new SaleOpenEvent({ id: this.prepare(this.sales).view(item).id }));
  }

  /** @internal The known ids of `columns`, in order, or the shown columns when it has none. */
  private columnIds(): string[] {
    const known = Array.isArray(this.columns)
      ? [...new Set(this.columns.filter((id) => (SALE_COLUMNS as readonly unknown[]).includes(id)))]
      : [];
    return known.length > 0 ? known : [...this.visibleColumnsOf(this.columns, this.context)];
  }

  /** @internal */
  private toggleColumn(id: string): void {
    const visible = this.visibleColumnsOf(this.columns, this.context);
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
        sort: this.sort,
        groupBy: isGroupBy(this.groupBy) ? this.groupBy : 'none',
        filter: normalizeFilter(this.filter),
      }),
    );
  }
}

// The first list of a page would pay for preparing every template and style: do it while idle.
rehearseWhenIdle(SaleList, {
  cast(list) {
    list.today = '2025-06-15';
    list.groupBy = 'stage';
    list.sales = REHEARSAL_SALES;
  },
});

declare global {
  interface HTMLElementTagNameMap {
    'sale-list': SaleList;
  }
}
