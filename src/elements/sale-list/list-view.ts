/**
 * What the list shows for one render, memoized step by step by input identity: host sales -> usable
 * rows (once per `sales` assignment) -> filtered and sorted -> body rows (grouped) -> totals. A
 * re-render with the same inputs costs nothing; typing in the search box re-filters but does not
 * re-read the sales.
 */
import type { GridSort } from '../../grid/types.js';
import type { SaleFilter } from '../../model/filter.js';
import type { GroupBy, SaleGroup } from '../../model/group.js';
import { combineTotals, totalsOf, type SaleTotals } from '../../model/totals.js';
import type { Sale } from '../../model/types.js';
import { arranger, EmptyRow, memo, SaleRows, type BodyItem } from './list-model.js';

export interface ListInputs {
  /** The host's `sales`, as set. */
  sales: unknown;
  /** The rest already checked (see list-properties.ts). */
  filter: SaleFilter;
  sort: GridSort | undefined;
  groupBy: GroupBy;
  locale: string;
  /** The empty row's text: whether the host gave sales that the filter then left out, or none. */
  emptyText(filteredOut: boolean): string;
}

export interface ListView {
  readonly rows: SaleRows;
  /** The filtered, sorted sales (grouped: in the groups' order). */
  readonly sales: readonly Sale[];
  /** The body rows: sales and group headings, or the one empty row. */
  readonly items: readonly BodyItem[];
  readonly groups: readonly SaleGroup[];
  readonly totals: SaleTotals;
}

export class ListPipeline {
  /** The usable rows of a `sales` assignment, checked once. */
  readonly rowsOf = memo((sales: unknown) => new SaleRows(sales));
  private readonly arranged = arranger();
  private readonly withEmptyRow = memo((items: readonly BodyItem[], text: string): readonly BodyItem[] =>
    items.length > 0 ? items : [new EmptyRow(text)],
  );
  private readonly totals = memo((sales: readonly Sale[], groups: readonly SaleGroup[]) =>
    // Grouped, the groups have summed every sale already.
    groups.length > 0 ? combineTotals(groups) : totalsOf(sales),
  );
  /** Assignments whose host objects threw while being filtered, sorted or grouped. */
  private readonly unreadable = new WeakSet<SaleRows>();

  view(inputs: ListInputs): ListView {
    const assigned = this.rowsOf(inputs.sales);
    if (this.unreadable.has(assigned)) return this.compute(assigned.readable(), inputs);
    try {
      return this.compute(assigned, inputs);
    } catch {
      // Filtering, sorting and grouping read the host's objects as given, for speed; a getter or
      // proxy that throws moves this assignment to normalized copies, which cannot.
      this.unreadable.add(assigned);
      return this.compute(assigned.readable(), inputs);
    }
  }

  private compute(rows: SaleRows, inputs: ListInputs): ListView {
    const { sales, items, groups } = this.arranged(
      rows.rows,
      inputs.filter,
      inputs.sort,
      inputs.groupBy,
      inputs.locale,
    );
    return {
      rows,
      sales,
      items: this.withEmptyRow(items, inputs.emptyText(rows.rows.length > 0)),
      groups,
      totals: this.totals(sales, groups),
    };
  }
}
