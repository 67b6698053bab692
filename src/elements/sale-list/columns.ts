/**
 * The sales list's columns as grid columns: header text, cell content, sort value, alignment and
 * width. Cells format only when they render (virtualized rows), with the cached Intl formatters of
 * src/model/format.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GridColumn } from '../../grid/types.js';
import { statusIconShapes } from '../../icons/status-icons.js';
import { isSaleStatus } from '../../model/status.js';
import { formatDate, formatMoney, formatPercent, PLACEHOLDER } from '../../model/format.js';
import { profit, profitPercent, weightedAmount } from '../../model/money.js';
import { isDayBefore } from '../../model/dates.js';
import { nextActivityOf, isOverdue } from '../../model/overdue.js';
import { SALE_COLUMNS, saleSortValue, type SaleColumn } from '../../model/sort.js';
import type { Sale } from '../../model/types.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { SaleListMessageKey } from './sale-list.messages.js';

/** The columns shown when the host sets none. */
export const DEFAULT_COLUMNS: readonly SaleColumn[] = SALE_COLUMNS.slice(0, 9);

/** Columns that sort descending first (largest, likeliest first). */
const DESCENDING_FIRST = new Set<string>([
  'amount',
  'weightedAmount',
  'profit',
  'profitPercent',
  'probability',
]);
export const firstSortDirection = (column: string): 'asc' | 'desc' =>
  DESCENDING_FIRST.has(column) ? 'desc' : 'asc';

/** Which column repeats the host's record when the list is embedded on its screen. */
export const CONTEXT_COLUMNS: Record<string, SaleColumn | undefined> = {
  company: 'company',
  person: 'person',
  contact: 'person',
  owner: 'owner',
  associate: 'owner',
};

export interface ColumnContext {
  t: LocaleController<SaleListMessageKey>['t'];
  locale: string;
  today: string;
  /** The normalized sale for display. */
  view(sale: Sale): Sale;
}

const text = (value: string | undefined): string => (value && value.trim() !== '' ? value : PLACEHOLDER);

/**
 * The status as an image named in the user's language, drawn like `<sale-status-icon>` but inline:
 * an element per row would cost each row a shadow root, its styles and a locale controller.
 */
function statusIcon(status: unknown, t: ColumnContext['t']): TemplateResult {
  const known = isSaleStatus(status) ? status : undefined;
  // The <svg> of renderIcon inlined: one template per row's icon instead of two.
  return html`<span
    class="status-icon ${known ?? 'unknown'}"
    role="img"
    aria-label=${t(known ? `status.${known}` : 'status.unknown')}
    ><svg
      part="svg"
      viewBox="0 0 256 256"
      width="1em"
      height="1em"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      ${statusIconShapes(known)}
    </svg></span
  >`;
}

const NUMBER = 'minmax(7rem, 0.8fr)';
const DATE = 'minmax(7.5rem, 0.7fr)';
const NAME = 'minmax(8rem, 1fr)';

/** Builds every column for one language and `today`; the element memoizes the result. */
export function buildColumns(context: ColumnContext): Record<SaleColumn, GridColumn<Sale>> {
  const { t, locale, today, view } = context;
  const money = (sale: Sale, amount: number | undefined) => formatMoney(amount, sale.currency, locale);
  const column = (
    id: SaleColumn,
    render: (sale: Sale) => ReturnType<GridColumn<Sale>['render']>,
    options: Partial<GridColumn<Sale>> = {},
  ): GridColumn<Sale> => ({
    id,
    header: t(`column.${id}`),
    render: (raw) => render(view(raw)),
    sortValue: (raw) => saleSortValue(raw, id),
    ...options,
  });
  return {
    status: column('status', (sale) => statusIcon(sale.status, t), {
      width: 'minmax(4.5rem, 0.3fr)',
      align: 'center',
    }),
    saleDate: column('saleDate', (sale) => formatDate(sale.saleDate, locale), { width: DATE }),
    amount: column('amount', (sale) => money(sale, sale.amount), { align: 'end', width: NUMBER }),
    stage: column('stage', (sale) => text(sale.stage?.name), { width: NAME }),
    nextActivity: column(
      'nextActivity',
      (sale) => {
        if (sale.status === 'stalled') {
          return sale.reopenDate
            ? html`<span class=${isOverdue(sale, today) ? 'overdue' : ''}
                >${t('list.reopen', { date: formatDate(sale.reopenDate, locale) })}</span
              >`
            : PLACEHOLDER;
        }
        const next = nextActivityOf(sale);
        if (!next) return PLACEHOLDER;
        const late = sale.status === 'open' && isDayBefore(next.date, today);
        return html`<span class=${late ? 'overdue' : ''}
          ><span class="date">${formatDate(next.date, locale)}</span>
          ${late ? html`<strong class="overdue-word">${t('overdue')}</strong>` : nothing}
          <span class="activity-title">${next.title}</span></span
        >`;
      },
      { width: 'minmax(12rem, 1.4fr)' },
    ),
    title: column('title', (sale) => text(sale.title), { width: 'minmax(12rem, 2fr)', rowHeader: true }),
    person: column('person', (sale) => text(sale.person?.name), { width: NAME }),
    company: column('company', (sale) => text(sale.company?.name), { width: NAME }),
    owner: column('owner', (sale) => text(sale.owner?.name), { width: NAME }),
    weightedAmount: column('weightedAmount', (sale) => money(sale, weightedAmount(sale)), {
      align: 'end',
      width: NUMBER,
    }),
    profit: column('profit', (sale) => money(sale, profit(sale)), { align: 'end', width: NUMBER }),
    profitPercent: column('profitPercent', (sale) => formatPercent(profitPercent(sale), locale), {
      align: 'end',
      width: 'minmax(6rem, 0.6fr)',
    }),
    probability: column('probability', (sale) => formatPercent(sale.probability, locale), {
      align: 'end',
      width: 'minmax(6rem, 0.6fr)',
    }),
    saleType: column('saleType', (sale) => text(sale.saleType?.name), { width: NAME }),
    source: column('source', (sale) => text(sale.source?.name), { width: NAME }),
    competitor: column('competitor', (sale) => text(sale.competitor?.name), { width: NAME }),
    currency: column('currency', (sale) => text(sale.currency), { width: 'minmax(5rem, 0.4fr)' }),
    reopenDate: column('reopenDate', (sale) => formatDate(sale.reopenDate, locale), { width: DATE }),
    number: column('number', (sale) => text(sale.number), { width: 'minmax(6rem, 0.5fr)' }),
  };
}
