/**
 * The sales list's columns as grid columns: header text, cell content, sort value, alignment and
 * width. Cells format only when they render (virtualized rows), with the cached Intl formatters of
 * src/model/format.ts.
 */
import { renderIcon } from '../../icons/icon.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { GridColumn } from '../../grid/types.js';
import { statusIconShapes } from '../../icons/status-icons.js';
import { isSaleStatus } from '../../model/status.js';
import { formatDate, formatMoney, formatPercent, PLACEHOLDER } from '../../model/format.js';
import { profit, profitPercent, weightedAmount } from '../../model/money.js';
import { isDayBefore } from '../../model/dates.js';
import { nextActivityOf } from '../../model/overdue.js';
import { stageText } from '../../model/stage-label.js';
import { describeValue } from '../../model/describe.js';
import { SALE_COLUMNS, saleSortValue, type SaleColumn } from '../../model/sort.js';
import type { DataWarning, Sale } from '../../model/types.js';
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
const CONTEXT_COLUMNS = new Map<unknown, SaleColumn>([
  ['company', 'company'],
  ['person', 'person'],
  ['contact', 'person'],
  ['owner', 'owner'],
  ['associate', 'owner'],
]);

/** Column lists longer than this are not read on (no list has that many columns; a huge array would hang). */
const MAX_COLUMN_ENTRIES = 1000;

/** The host's `columns` after the one check of them: known ids in order, without repeats. */
export interface KnownColumns {
  /** Empty when the host set none (or none it set is known): the defaults show. */
  readonly ids: readonly SaleColumn[];
  readonly warning?: DataWarning;
}

const isSaleColumn = (value: unknown): value is SaleColumn =>
  typeof value === 'string' && (SALE_COLUMNS as readonly string[]).includes(value);

/**
 * The one check of the host's `columns`. `undefined` and `null` mean the default columns, silently;
 * anything else that is not an array of known ids warns, naming what was left out. Never throws
 * (an array behind a Proxy or with throwing getters is read as far as it can be).
 */
export function knownColumns(value: unknown): KnownColumns {
  if (value === undefined || value === null) return { ids: [] };
  const ids: SaleColumn[] = [];
  const unknown: string[] = [];
  try {
    if (!Array.isArray(value)) {
      return {
        ids,
        warning: {
          field: 'columns',
          message: `expected an array of column ids, got ${describeValue(value)}; showing the default columns`,
        },
      };
    }
    const length = Math.min(value.length, MAX_COLUMN_ENTRIES);
    for (let index = 0; index < length; index++) {
      const id: unknown = value[index];
      if (isSaleColumn(id)) {
        if (!ids.includes(id)) ids.push(id);
      } else unknown.push(describeValue(id));
    }
  } catch {
    unknown.push('entries that threw when read');
  }
  if (unknown.length === 0) return { ids };
  const listed = unknown.length > 5 ? [...unknown.slice(0, 5), `${unknown.length - 5} more`] : unknown;
  return {
    ids,
    warning: {
      field: 'columns',
      message: `unknown columns ${listed.join(', ')} left out; known: ${SALE_COLUMNS.join(', ')}`,
    },
  };
}

/**
 * The column the host's record would repeat (`context.kind`), hidden from the list and its column
 * chooser. `undefined` and `null` hide nothing, silently; a kind without such a column too.
 */
export function contextColumn(context: unknown): { hidden?: SaleColumn; warning?: DataWarning } {
  if (context === undefined || context === null) return {};
  try {
    if (typeof context === 'object')
      return { hidden: CONTEXT_COLUMNS.get((context as { kind?: unknown }).kind) };
  } catch {
    // A getter or proxy that throws: as if not an object.
  }
  return {
    warning: {
      field: 'context',
      message: `expected { kind, id }, got ${describeValue(context)}; hiding no column`,
    },
  };
}

/** The columns to show: the known ids without the hidden one; the defaults when none is left. */
export function visibleColumns(ids: readonly SaleColumn[], hidden: SaleColumn | undefined): SaleColumn[] {
  const shown = ids.filter((id) => id !== hidden);
  return shown.length > 0 ? shown : DEFAULT_COLUMNS.filter((id) => id !== hidden);
}

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
  return html`<span
    class="status-icon ${known ?? 'unknown'}"
    role="img"
    aria-label=${t(known ? `status.${known}` : 'status.unknown')}
    >${renderIcon(statusIconShapes(known))}</span
  >`;
}

/**
 * The columns whose cell says why a (normalized) sale is overdue, with the word "Overdue": the sale
 * date of an open sale that has passed, and the Next activity of an open sale whose next activity
 * is late or of a stalled sale whose re-open date has passed. The reasons of `isOverdue`.
 */
export function overdueCells(sale: Sale, today: string): readonly SaleColumn[] {
  if (sale.status === 'stalled') return isDayBefore(sale.reopenDate, today) ? ['nextActivity'] : [];
  if (sale.status !== 'open') return [];
  const cells: SaleColumn[] = [];
  if (isDayBefore(sale.saleDate, today)) cells.push('saleDate');
  if (isDayBefore(nextActivityOf(sale)?.date, today)) cells.push('nextActivity');
  return cells;
}

/** The word, never colour alone: visible, and read out as part of the cell. */
export const overdueWord = (t: ColumnContext['t']): TemplateResult =>
  html`<strong class="overdue-word">${t('overdue')}</strong>`;

/**
 * `columns` with the word "Overdue" after the row header's content (or the first cell's), for an
 * overdue row none of whose visible cells says why (the user hid those columns).
 */
export function withOverdueWord(
  columns: readonly GridColumn<Sale>[],
  t: ColumnContext['t'],
): GridColumn<Sale>[] {
  const at = Math.max(
    0,
    columns.findIndex((column) => column.rowHeader),
  );
  return columns.map((column, index) =>
    index === at
      ? { ...column, render: (sale, cell) => html`${column.render(sale, cell)} ${overdueWord(t)}` }
      : column,
  );
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
    saleDate: column(
      'saleDate',
      (sale) => {
        const date = formatDate(sale.saleDate, locale);
        return overdueCells(sale, today).includes('saleDate')
          ? html`<span class="overdue">${date} ${overdueWord(t)}</span>`
          : date;
      },
      { width: DATE },
    ),
    amount: column('amount', (sale) => money(sale, sale.amount), { align: 'end', width: NUMBER }),
    // A closed sale's Stage says Sold or Lost, as the card's does; it sorts and groups that way too.
    stage: column('stage', (sale) => text(stageText(sale, (status) => t(`status.${status}`))), {
      width: NAME,
    }),
    nextActivity: column(
      'nextActivity',
      (sale) => {
        const late = overdueCells(sale, today).includes('nextActivity');
        if (sale.status === 'stalled') {
          return sale.reopenDate
            ? html`<span class=${late ? 'overdue' : ''}
                >${t('list.reopen', { date: formatDate(sale.reopenDate, locale) })}
                ${late ? overdueWord(t) : nothing}</span
              >`
            : PLACEHOLDER;
        }
        const next = nextActivityOf(sale);
        if (!next) return PLACEHOLDER;
        // Only the late date (and its word) in the overdue colour, not the activity's title.
        return html`<span class=${late ? 'overdue' : ''}
            ><span class="date">${formatDate(next.date, locale)}</span>
            ${late ? overdueWord(t) : nothing}</span
          >
          <span class="activity-title">${next.title}</span>`;
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
