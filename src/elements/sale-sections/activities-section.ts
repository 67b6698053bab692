/**
 * The Activities card of `<sale-sections>`: the sale's follow-ups in the shared data grid, with a
 * Completed checkbox per row, sortable headers, overdue dates in red with the word Overdue, Enter
 * or double-click to open, and Add.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SaleActivityAddEvent } from '../../events/sale-activity-add.js';
import { SaleActivityCompleteEvent } from '../../events/sale-activity-complete.js';
import { SaleActivityOpenEvent } from '../../events/sale-activity-open.js';
import { GridController } from '../../grid/grid-controller.js';
import { dataGridRows, renderBody, renderDataRow, renderGrid } from '../../grid/render-grid.js';
import type { GridColumn } from '../../grid/types.js';
import { contentWidth, hostFont } from '../../grid/content-width.js';
import { renderIcon } from '../../icons/icon.js';
import { calendarIcon, plusIcon } from '../../icons/phosphor.js';
import { toIsoDay } from '../../model/dates.js';
import { formatDate, PLACEHOLDER } from '../../model/format.js';
import { isActivityOverdue, type SectionsSale } from '../../model/sections.js';
import type { Activity } from '../../model/types.js';
import { renderEmptyState } from './empty-state.js';
import type { Translate } from './sale-sections.messages.js';
import { SortedRows } from './sorted-rows.js';

type Host = ReactiveControllerHost & HTMLElement;

const keyOf = (activity: Activity): string => String(activity.id);
const text = (value: string | undefined): string => (value?.trim() ? value : PLACEHOLDER);

export class ActivitiesSection {
  private readonly grid: GridController;
  private columns: GridColumn<Activity>[] = [];
  private readonly sorted = new SortedRows<Activity>();

  constructor(private readonly host: Host) {
    this.grid = new GridController(host, {
      rows: () => dataGridRows(this.columns, this.sorted.rows, keyOf),
      onOpen: (key) => {
        const activity = this.sorted.rows.find((row) => keyOf(row) === key);
        if (activity) host.dispatchEvent(new SaleActivityOpenEvent({ id: activity.id }));
      },
      onSortChange: () => host.requestUpdate(),
    });
    // Oldest first, so overdue follow-ups lead.
    this.grid.sort = { column: 'date', direction: 'asc' };
  }

  render(sale: SectionsSale, today: string, locale: string, t: Translate): TemplateResult {
    this.columns = this.makeColumns(sale.activities, today, locale, t);
    const rows = this.sorted.update(sale.activities, this.grid.sort, this.columns, locale);
    const add = html`<button
      type="button"
      class="action"
      part="add-button"
      @click=${() => this.host.dispatchEvent(new SaleActivityAddEvent({ saleId: sale.id }))}
    >
      ${renderIcon(plusIcon())}${t('activities.add')}
    </button>`;
    if (rows.length === 0) return renderEmptyState(calendarIcon(), t('activities.empty'), add);
    const columns = this.columns;
    return html`<div class="toolbar">${add}</div>
      <div class="grid-scroller">
        ${renderGrid(this.grid, {
          label: t('sections.activities'),
          className: 'activities',
          columns: columns as GridColumn<never>[],
          rowCount: rows.length + 1,
          body: renderBody(rows, keyOf, (activity, index) =>
            renderDataRow(this.grid, {
              key: keyOf(activity),
              row: activity,
              columns,
              rowIndex: index + 2,
              className: isActivityOverdue(activity, today) ? 'overdue' : '',
            }),
          ),
        })}
      </div>`;
  }

  /** @internal */
  private makeColumns(
    activities: readonly Activity[],
    today: string,
    locale: string,
    t: Translate,
  ): GridColumn<Activity>[] {
    const font = hostFont(this.host);
    // Dates and the Completed header never cut: those columns are as wide as their content.
    const fit = (header: string, values?: Parameters<typeof contentWidth>[1]['values']) =>
      `${contentWidth(font, { header, sortable: true, values })}rem`;
    const dates = activities.map((activity) => {
      const date = formatDate(activity.date, locale);
      return isActivityOverdue(activity, today)
        ? [[date, false] as const, [t('overdue'), true] as const]
        : date;
    });
    const shrinking = (header: string, grow: number) => `minmax(${fit(header)}, ${grow}fr)`;
    return [
      {
        id: 'done',
        header: t('activities.completed'),
        interactive: true,
        align: 'center',
        width: fit(t('activities.completed')),
        sortValue: (activity) => (activity.done ? 1 : 0),
        render: (activity, cell) =>
          html`<input
            type="checkbox"
            data-grid-focus
            tabindex=${cell.tabindex}
            aria-label=${t('activities.completedFor', { title: text(activity.title) })}
            .checked=${live(activity.done === true)}
            @change=${(event: Event) =>
              this.host.dispatchEvent(
                new SaleActivityCompleteEvent({
                  id: activity.id,
                  done: (event.target as HTMLInputElement).checked,
                }),
              )}
          />`,
      },
      {
        id: 'date',
        header: t('activities.date'),
        width: fit(t('activities.date'), dates),
        sortValue: (activity) => toIsoDay(activity.date),
        render: (activity) =>
          isActivityOverdue(activity, today)
            ? html`<span class="overdue-date"
                >${formatDate(activity.date, locale)} <strong part="overdue">${t('overdue')}</strong></span
              >`
            : formatDate(activity.date, locale),
      },
      {
        id: 'type',
        header: t('activities.type'),
        width: shrinking(t('activities.type'), 0.6),
        shrinks: true,
        sortValue: (activity) => activity.type,
        render: (activity) => text(activity.type),
      },
      {
        id: 'title',
        header: t('activities.description'),
        rowHeader: true,
        width: shrinking(t('activities.description'), 1.6),
        shrinks: true,
        sortValue: (activity) => activity.title,
        render: (activity) => text(activity.title),
      },
      {
        id: 'company',
        header: t('activities.company'),
        width: shrinking(t('activities.company'), 1),
        shrinks: true,
        sortValue: (activity) => activity.company?.name,
        render: (activity) => text(activity.company?.name),
      },
      {
        id: 'contact',
        header: t('activities.contact'),
        width: shrinking(t('activities.contact'), 1),
        shrinks: true,
        sortValue: (activity) => activity.person?.name,
        render: (activity) => text(activity.person?.name),
      },
      {
        id: 'owner',
        header: t('activities.owner'),
        width: shrinking(t('activities.owner'), 0.7),
        shrinks: true,
        sortValue: (activity) => activity.owner?.name,
        render: (activity) => text(activity.owner?.name),
      },
    ];
  }
}
