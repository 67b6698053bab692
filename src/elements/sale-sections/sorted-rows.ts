/**
 * The rows of a card's grid in the user's sort order. Re-sorts only when the rows, the sort or the
 * locale changed, so the array stays the same between renders (the grid caches its row list by it).
 */
import type { GridColumn, GridSort } from '../../grid/types.js';
import { sortBy } from '../../model/sort.js';

export class SortedRows<Row> {
  /** The rows in display order. */
  rows: Row[] = [];
  private made?: { from: readonly Row[]; sort: string; locale: string };

  update(
    from: readonly Row[],
    sort: GridSort | undefined,
    columns: GridColumn<Row>[],
    locale: string,
  ): Row[] {
    const key = sort ? `${sort.column}:${sort.direction}` : '';
    const made = this.made;
    if (made && made.from === from && made.sort === key && made.locale === locale) return this.rows;
    const sortValue = columns.find((column) => column.id === sort?.column)?.sortValue;
    this.rows = sort && sortValue ? sortBy(from, sortValue, sort.direction, locale) : [...from];
    this.made = { from, sort: key, locale };
    return this.rows;
  }
}
