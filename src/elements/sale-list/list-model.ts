/**
 * The sale list's data pipeline, memoized by input identity: host sales -> usable rows (once per
 * `sales` assignment) -> filtered -> sorted -> grouped -> body rows. Only rendered rows are
 * normalized (`SaleRows.view`), so 100,000 sales cost one cheap pass, not 100,000 normalizations.
 */
import type { GridRowInfo, GridSort } from '../../grid/types.js';
import { HEADER_ROW_KEY } from '../../grid/render-grid.js';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { describeValue } from '../../model/describe.js';
import { normalizeSale } from '../../model/normalize.js';
import { filterSales, type SaleFilter } from '../../model/filter.js';
import { groupSales, type GroupBy, type SaleGroup } from '../../model/group.js';
import { saleOrder, sortSales } from '../../model/sort.js';
import type { DataWarning, Ref, Sale } from '../../model/types.js';

/** A group heading row in the body. */
export class GroupRow {
  constructor(
    readonly key: string,
    readonly group: SaleGroup,
  ) {}
}

/** The one row of an empty body, saying why it is empty ("No sales"). */
export class EmptyRow {
  readonly key = EMPTY_ROW_KEY;
  constructor(readonly text: string) {}
}

/**
 * One row of the body: a sale (the host's object itself, so a long list costs no object per sale),
 * a group heading or the empty row.
 */
export type BodyItem = Sale | GroupRow | EmptyRow;

export const TOTALS_ROW_KEY = 'grid:totals';
const EMPTY_ROW_KEY = 'grid:empty';

/** Remembers the last result of `compute` and recomputes only when an argument changes identity. */
export function memo<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

/** The number ids of `rows`: those read before the ids stopped growing. */
function idsOf(rows: readonly Sale[]): Set<unknown> {
  const ids = new Set<unknown>();
  for (const row of rows) if (typeof row.id === 'number') ids.add(row.id);
  return ids;
}

const problem = (field: string, message: string): DataWarning => ({ field, message });

/**
 * The usable rows of one `sales` assignment: host objects (not yet normalized), their row keys,
 * and the problems found. Entries that are not objects are skipped. Never throws: an entry whose
 * fields throw when read is shown from its normalized copy, and a list that cannot be read at all
 * shows no rows.
 */
export class SaleRows {
  /** The host objects that can be shown, in the host's order. */
  readonly rows: readonly Sale[] = [];
  /** Owners that appear in the rows, for the filter's choices, collated later. */
  readonly owners: Ref[] = [];
  /** Row keys of sales whose id cannot be the key (missing or repeated); the rest use `sale:<id>`. */
  private readonly keys = new Map<object, string>();
  private readonly views = new WeakMap<object, Sale>();
  private readonly problems: DataWarning[] = [];
  private warned = false;
  /** The rows as normalized copies, once reading a host object threw (see `readable`). */
  private copies: SaleRows | undefined;

  constructor(input: unknown, quiet = false) {
    this.warned = quiet;
    if (input === undefined || input === null) return;
    try {
      if (!Array.isArray(input)) {
        this.problems.push(problem('sales', `expected an array of sales, got ${describeValue(input)}`));
        return;
      }
      this.rows = this.read(input);
    } catch {
      // A Proxy whose traps throw, say: nothing can be shown.
      this.problems.push(problem('sales', 'the array threw when read; showing no sales'));
      this.owners.length = 0;
      this.keys.clear();
    }
  }

  /**
   * One cheap pass. Ids that only grow (the usual case: hosts list by id) cannot repeat, so no set
   * is built until one does not; ids are compared as given (no key text per sale), and one repeated
   * as text and number (7 and "7") is found by a second look when both kinds occur.
   */
  private read(sales: readonly unknown[]): readonly Sale[] {
    // The host's array itself when every entry is a sale; a copy only once one is not.
    let rows: Sale[] | undefined;
    let ids: Set<unknown> | undefined;
    let lastId = -Infinity;
    let numberIds = false;
    let textIds = false;
    const ownerIds = new Set<unknown>();
    const ownerKeys = new Set<string>();
    for (let index = 0; index < sales.length; index++) {
      const raw: unknown = sales[index];
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        this.problems.push(problem(`sales[${index}]`, `${describeValue(raw)} is not a sale (row left out)`));
        rows ??= sales.slice(0, index) as Sale[];
        continue;
      }
      let sale = raw as Sale;
      let id: unknown;
      let owner: Partial<Ref> | undefined;
      let ownerId: unknown;
      let ownerName: unknown;
      try {
        id = sale.id;
        owner = sale.owner as Partial<Ref> | undefined;
        if (owner && typeof owner === 'object') ({ id: ownerId, name: ownerName } = owner);
      } catch {
        // A getter that throws: show what can be read, from the normalized copy.
        this.problems.push(
          problem(`sales[${index}]`, 'a field threw when read; shown from what could be read'),
        );
        rows ??= sales.slice(0, index) as Sale[];
        sale = normalizeSale(raw).sale;
        this.views.set(sale, sale);
        ({ id, owner } = sale);
        ({ id: ownerId, name: ownerName } = owner ?? {});
      }
      if (typeof id === 'number' && ids === undefined && id > lastId) {
        lastId = id;
        numberIds = true;
      } else if (typeof id === 'number' || typeof id === 'string') {
        ids ??= idsOf(rows ?? (sales.slice(0, index) as Sale[]));
        if (typeof id === 'number') {
          if (ids.has(id) || (textIds && ids.has(String(id)))) this.repeated(sale, index, id);
          else ids.add(id);
          numberIds = true;
        } else {
          if (ids.has(id) || (numberIds && ids.has(Number(id)) && String(Number(id)) === id)) {
            this.repeated(sale, index, id);
          } else ids.add(id);
          textIds = true;
        }
      } else this.keys.set(sale, `row:${index}`);
      rows?.push(sale);
      if ((typeof ownerId === 'string' || typeof ownerId === 'number') && !ownerIds.has(ownerId)) {
        ownerIds.add(ownerId);
        const ownerKey = String(ownerId);
        if (!ownerKeys.has(ownerKey)) {
          ownerKeys.add(ownerKey);
          this.owners.push({ id: ownerId, name: typeof ownerName === 'string' ? ownerName : ownerKey });
        }
      }
    }
    return rows ?? (sales as readonly Sale[]);
  }

  private repeated(sale: Sale, index: number, id: unknown): void {
    this.problems.push(problem(`sales[${index}].id`, `${describeValue(id)} repeats an earlier sale's id`));
    this.keys.set(sale, `row:${index}`);
  }

  /** The row key of a sale from `rows`. */
  keyOf(sale: Sale): string {
    return (this.keys.size > 0 && this.keys.get(sale)) || `sale:${String(sale.id)}`;
  }

  /**
   * The sale normalized for display, made the first time its row renders. Its problems join the
   * assignment's one warning (see `report`).
   */
  view(sale: Sale): Sale {
    let view = this.views.get(sale);
    if (!view) {
      const normalized = normalizeSale(sale);
      view = normalized.sale;
      this.views.set(sale, view);
      if (normalized.warnings.length > 0 && !this.warned) {
        const index = this.rows.indexOf(sale);
        const first = normalized.warnings[0]!;
        this.problems.push(problem(`sales[${index}].${first.field}`, first.message));
        this.report(true);
      }
    }
    return view;
  }

  /**
   * These rows as plain normalized copies, for when a host object's getter threw while the list
   * filtered, sorted or grouped the rows (it reads them unnormalized, for speed): copies cannot throw.
   */
  readable(): SaleRows {
    if (!this.copies) {
      if (!this.warned)
        this.problems.push(problem('sales', 'some fields threw when read; shown from what could be read'));
      this.report(true);
      this.copies = new SaleRows(
        this.rows.map((sale) => this.view(sale)),
        true,
      );
    }
    return this.copies;
  }

  /**
   * Logs the problems once per assignment: the first few, then a count. `force` reports a problem
   * found while rendering (after the assignment's own report found nothing).
   */
  report(force = false): void {
    if (this.warned || (this.problems.length === 0 && !force)) return;
    this.warned = true;
    reportProblems('sale-list', [
      problem(
        'sales',
        'some sales could not be shown as given; showing placeholders ("—") for bad fields, and ' +
          'further problems in this list are not reported',
      ),
      ...this.problems,
    ]);
  }
}

/** The row key of a body item. */
export function itemKey(item: BodyItem, rows: SaleRows): string {
  return item instanceof GroupRow || item instanceof EmptyRow ? item.key : rows.keyOf(item);
}

/** What the body shows: the sales in the order shown, the body rows and the groups (none when not grouped). */
export interface Arranged {
  /** The filtered sales, sorted; grouped, in the order the groups show them. */
  readonly sales: readonly Sale[];
  readonly items: readonly BodyItem[];
  readonly groups: SaleGroup[];
}

/** Arrays joined per `concat` call, well under the engines' argument limits. */
const CONCAT_BATCH = 4096;

/**
 * The arrays joined. Native concats instead of a loop over every sale: the first render runs this
 * once, in a cold page, where a script loop over 10,000 sales is still interpreted. In batches, as
 * thousands of groups (by company, say) would be too many arguments for one call.
 */
function joined<T>(parts: readonly (readonly T[])[]): T[] {
  let all: T[] = [];
  for (let at = 0; at < parts.length; at += CONCAT_BATCH)
    all = all.concat(...parts.slice(at, at + CONCAT_BATCH));
  return all;
}

/**
 * Grouped: sorted once, as positions, and then grouped in the host's order, each group listing its
 * sales in the sorted order: the same rows as sorting first and grouping the result, but the pass
 * that reads every sale for its group and sums reads them in the order they lie in memory, not
 * scattered by the sort. No object per sale: a long list costs arrays of references.
 */
function grouped(
  rows: readonly Sale[],
  filter: SaleFilter | undefined,
  sort: GridSort | undefined,
  groupBy: Exclude<GroupBy, 'none'>,
  locale: string,
): Arranged {
  const sales = filterSales(rows, filter);
  const order = sort ? saleOrder(sales, sort.column, sort.direction, locale) : undefined;
  const groups = groupSales(sales, groupBy, locale, order);
  const parts: (readonly BodyItem[])[] = [];
  for (const group of groups) parts.push([new GroupRow(`group:${group.key}`, group)], group.sales);
  return { sales: joined(groups.map((group) => group.sales)), items: joined(parts), groups };
}

/**
 * The list's pipeline after reading the rows: filtered, then sorted, or grouped and sorted within
 * the groups. Memoized by the inputs' identity, flat and grouped apart, so switching the grouping
 * off and on again sorts nothing.
 */
export function arranger(): (
  rows: readonly Sale[],
  filter: SaleFilter | undefined,
  sort: GridSort | undefined,
  groupBy: GroupBy,
  locale: string,
) => Arranged {
  const flat = memo(
    (rows: readonly Sale[], filter: SaleFilter | undefined, sort: GridSort | undefined, locale: string) => {
      const sales = filterSales(rows, filter);
      const sorted = sort ? sortSales(sales, sort.column, sort.direction, locale) : sales;
      return { sales: sorted, items: sorted, groups: [] };
    },
  );
  const inGroups = memo(grouped);
  return (rows, filter, sort, groupBy, locale) =>
    groupBy === 'none' ? flat(rows, filter, sort, locale) : inGroups(rows, filter, sort, groupBy, locale);
}

/** The controller's `rows()`: header, body rows, totals. Built on the first key press, not per render. */
export function rowInfos(
  items: readonly BodyItem[],
  columns: number,
  withTotals: boolean,
  rows: SaleRows,
): GridRowInfo[] {
  const infos: GridRowInfo[] = [{ key: HEADER_ROW_KEY, cells: columns }];
  for (const item of items) {
    infos.push(
      item instanceof GroupRow || item instanceof EmptyRow
        ? { key: item.key, cells: 1 }
        : { key: rows.keyOf(item), cells: columns, opens: true },
    );
  }
  if (withTotals) infos.push({ key: TOTALS_ROW_KEY, cells: columns });
  return infos;
}
