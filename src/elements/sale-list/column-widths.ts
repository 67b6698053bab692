/**
 * The list's column tracks, sized to their content: amounts, dates and percentages as wide as
 * their header and their widest value (never cut), text columns from their header's width up,
 * sharing what is left so they give way first. Measured in the host's font (grid/content-width.ts).
 */
import { contentWidth, type ColumnContent, type hostFont } from '../../grid/content-width.js';
import type { GridColumn } from '../../grid/types.js';
import { formatDate, formatMoney, formatPercent } from '../../model/format.js';
import type { SaleColumn } from '../../model/sort.js';
import type { SaleTotals } from '../../model/totals.js';
import type { Sale } from '../../model/types.js';
import { memo } from './list-model.js';

type Font = Parameters<typeof contentWidth>[0];

const MONEY = new Set<string>(['amount', 'weightedAmount', 'profit']);
const DATES = new Set<string>(['saleDate', 'reopenDate']);
const PERCENT = new Set<string>(['probability', 'profitPercent']);
/** Columns as wide as their header: an icon, a currency code. */
const HEADER_ONLY = new Set<string>(['status', 'currency']);
/** How much of the free width each text column takes. */
const GROW: Partial<Record<SaleColumn, number>> = { title: 2, nextActivity: 1.4 };
/** The narrowest a text column gets: room for a few letters and the ellipsis. */
const MIN_TEXT_REM = 5;

/** The longest date of each month, in `locale`: the widest a date of this locale gets. */
const sampleDates = (locale: string): string[] =>
  Array.from({ length: 12 }, (_, month) =>
    formatDate(`2025-${String(month + 1).padStart(2, '0')}-28`, locale),
  );

export interface WidthInputs {
  font: Font;
  columns: readonly GridColumn<Sale>[];
  totals: SaleTotals;
  locale: string;
  /** The word after an overdue date, in bold. */
  overdueWord: string;
}

/** `columns` with their `width` set from their content, and text columns marked to shrink. */
export function sizeColumns({ font, columns, totals, locale, overdueWord }: WidthInputs): GridColumn<Sale>[] {
  // The totals are at least as large as any one amount (and the totals row shows them); the minus
  // sign leaves room for negative amounts.
  const amounts = totals.sums.flatMap((sum) =>
    [sum.amount, sum.weightedAmount].map((value) => formatMoney(-Math.abs(value), sum.currency, locale)),
  );
  const dates = sampleDates(locale);
  const overdue = dates.map((date) => [[date, false] as const, [overdueWord, true] as const]);
  return columns.map((column) => {
    const id = column.id;
    const content: ColumnContent = { header: column.header, sortable: true };
    if (MONEY.has(id)) content.values = amounts;
    else if (DATES.has(id)) content.values = id === 'saleDate' ? overdue : dates;
    else if (PERCENT.has(id)) content.values = [formatPercent(-100, locale)];
    else if (!HEADER_ONLY.has(id)) {
      // The date of the next activity shows whole; its title gives way.
      if (id === 'nextActivity') content.values = overdue;
      const min = Math.max(MIN_TEXT_REM, contentWidth(font, content));
      return { ...column, width: `minmax(${min}rem, ${GROW[id as SaleColumn] ?? 1}fr)`, shrinks: true };
    }
    return { ...column, width: `${contentWidth(font, content)}rem` };
  });
}

/**
 * `sizeColumns` for the element, memoized: it measures again only when the columns, the totals,
 * the language, the font or the loaded web fonts change.
 */
export function columnSizer() {
  const sized = memo(
    (
      definitions: Record<SaleColumn, GridColumn<Sale>>,
      visible: readonly SaleColumn[],
      totals: SaleTotals,
      locale: string,
      overdueWord: string,
      font: string,
      size: number,
      _fontsLoaded: number,
    ) =>
      sizeColumns({
        font: { font, size },
        columns: visible.map((id) => definitions[id]),
        totals,
        locale,
        overdueWord,
      }),
  );
  return (
    definitions: Record<SaleColumn, GridColumn<Sale>>,
    visible: readonly SaleColumn[],
    totals: SaleTotals,
    locale: string,
    overdueWord: string,
    font: ReturnType<typeof hostFont>,
  ) => sized(definitions, visible, totals, locale, overdueWord, font.font, font.size, font.generation);
}
