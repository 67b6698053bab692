/**
 * The sale list's data pipeline, memoized by input identity: host sales -> usable rows (once per
 * `sales` assignment) -> filtered -> sorted -> grouped -> body rows. Only rendered rows are
 * normalized (`SaleRows.view`), so 100,000 sales cost one cheap pass, not 100,000 normalizations.
 */
import type { GridRowInfo, GridSort } from '../../grid/types.js';
import { HEADER_ROW_KEY } from '../../grid/render-grid.js';
import { MAX_WARNINGS_PER_LIST, normalizeSale } from '../../model/normalize.js';
import { filterSales, type SaleFilter } from '../../model/filter.js';
import { groupSales, type GroupBy, type SaleGroup } from '../../model/group.js';
import { sortSales } from '../../model/sort.js';
import type { Ref, Sale } from '../../model/types.js';

/** A group heading row in the body. */
export class GroupRow {
  constructor(
    readonly key: string,
    readonly group: SaleGroup,
  ) {}
}

/** The one row of an empty body ("No sales"). */
export class EmptyRow {
  constructor(readonly key: string) {}
}

/**
 * One row of the body: a sale (the host's object itself, so a long list costs no object per sale),
 * a group heading or the empty row.
 */
export type BodyItem = Sale | GroupRow | EmptyRow;

export const TOTALS_ROW_KEY = 'grid:totals';

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

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/**
 * The usable rows of one `sales` assignment: host objects (not yet normalized), their row keys,
 * and the problems found. Entries that are not objects are skipped.
 */
export class SaleRows {
  /** The host objects that can be shown, in the host's order. */
  readonly rows: readonly Sale[] = [];
  /** Owners that appear in the rows, for the filter's choices, collated later. */
  readonly owners: Ref[] = [];
  /** Row keys of sales whose id cannot be the key (missing or repeated); the rest use `sale:<id>`. */
  private readonly keys = new Map<object, string>();
  private readonly views = new WeakMap<object, Sale>();
  private readonly problems: string[] = [];
  private warned = false;

  constructor(input: unknown) {
    if (input !== undefined && input !== null && !Array.isArray(input)) {
      this.problems.push(`sales should be an array of sales, not ${describe(input)}`);
      return;
    }
    // One cheap pass. Ids that only grow (the usual case: hosts list by id) cannot repeat, so no
    // set is built until one does not; ids are compared as given (no key text per sale), and one
    // repeated as text and number (7 and "7") is found by a second look when both kinds occur.
    const sales = (input ?? []) as readonly unknown[];
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
        this.problems.push(`sales[${index}] is ${describe(raw)}, not a sale (row left out)`);
        rows ??= sales.slice(0, index) as Sale[];
        continue;
      }
      const sale = raw as Sale;
      const id: unknown = sale.id;
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
      const owner = sale.owner as Partial<Ref> | undefined;
      if (owner && typeof owner === 'object') {
        const ownerId = owner.id;
        if ((typeof ownerId === 'string' || typeof ownerId === 'number') && !ownerIds.has(ownerId)) {
          ownerIds.add(ownerId);
          const ownerKey = String(ownerId);
          if (!ownerKeys.has(ownerKey)) {
            ownerKeys.add(ownerKey);
            this.owners.push({ id: ownerId, name: typeof owner.name === 'string' ? owner.name : ownerKey });
          }
        }
      }
    }
    this.rows = rows ?? (sales as readonly Sale[]);
  }

  private repeated(sale: Sale, index: number, id: unknown): void {
    this.problems.push(`sales[${index}].id ${JSON.stringify(id)} repeats an earlier sale's id`);
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
        this.problems.push(`sales[${index}].${first.field}: ${first.message}`);
        this.report(true);
      }
    }
    return view;
  }

  /**
   * Logs the problems once per assignment: the first few, then a count. `force` reports a problem
   * found while rendering (after the assignment's own report found nothing).
   */
  report(force = false): void {
    if (this.warned || (this.problems.length === 0 && !force)) return;
    this.warned = true;
    const shown = this.problems.slice(0, MAX_WARNINGS_PER_LIST);
    const more = this.problems.length - shown.length;
    console.warn(
      `<sale-list>: some sales could not be shown as given:\n  ${shown.join('\n  ')}` +
        (more > 0 ? `\n  ...and ${more} more` : '') +
        '\nShowing placeholders ("—") for bad fields; further problems in this list are not reported.',
    );
  }
}

/** The filtered, sorted sales. */
export function arrange(
  rows: readonly Sale[],
  filter: SaleFilter | undefined,
  sort: GridSort | undefined,
  locale: string,
): readonly Sale[] {
  const filtered = filterSales(rows, filter);
  return sort ? sortSales(filtered, sort.column, sort.direction, locale) : filtered;
}

/** The row key of a body item. */
export function itemKey(item: BodyItem, rows: SaleRows): string {
  return item instanceof GroupRow || item instanceof EmptyRow ? item.key : rows.keyOf(item);
}

/** Arrays joined per `concat` call in `bodyItems`, well under the engines' argument limits. */
const CONCAT_BATCH = 4096;

/**
 * The body rows: group headings followed by their sales (the sales array itself when not
 * grouped). No object per sale: a long list costs one array of references.
 */
export function bodyItems(
  sales: readonly Sale[],
  groupBy: GroupBy,
  locale: string,
): { items: readonly BodyItem[]; groups: SaleGroup[] } {
  if (groupBy === 'none') return { items: sales, groups: [] };
  const groups = groupSales(sales, groupBy, locale);
  // Native concats instead of a loop over every sale: the first render runs this once, in a cold
  // page, where a script loop over 10,000 sales is still interpreted. In batches, as thousands of
  // groups (by company, say) would be too many arguments for one call.
  const parts: (readonly BodyItem[])[] = [];
  for (const group of groups) parts.push([new GroupRow(`group:${group.key}`, group)], group.sales);
  let items: BodyItem[] = [];
  for (let at = 0; at < parts.length; at += CONCAT_BATCH) {
    items = items.concat(...parts.slice(at, at + CONCAT_BATCH));
  }
  return { items, groups };
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
