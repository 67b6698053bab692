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

/** One row of the body: a group heading or a sale. */
export type BodyItem =
  | { kind: 'group'; key: string; group: SaleGroup }
  | { kind: 'sale'; key: string; sale: Sale }
  | { kind: 'empty'; key: string };

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

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/**
 * The usable rows of one `sales` assignment: host objects (not yet normalized), their row keys,
 * and the problems found. Entries that are not objects are skipped.
 */
export class SaleRows {
  /** The host objects that can be shown, in the host's order. */
  readonly rows: Sale[] = [];
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
    const seen = new Set<string>();
    const ownerIds = new Set<string>();
    (input ?? []).forEach((raw: unknown, index: number) => {
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        this.problems.push(`sales[${index}] is ${describe(raw)}, not a sale (row left out)`);
        return;
      }
      const sale = raw as Sale;
      const id = sale.id;
      let key = typeof id === 'string' || typeof id === 'number' ? `sale:${String(id)}` : `row:${index}`;
      if (seen.has(key)) {
        this.problems.push(`sales[${index}].id ${JSON.stringify(id)} repeats an earlier sale's id`);
        key = `row:${index}`;
      }
      seen.add(key);
      if (key.startsWith('row:')) this.keys.set(sale, key);
      this.rows.push(sale);
      const owner = sale.owner as Partial<Ref> | undefined;
      if (
        owner &&
        typeof owner === 'object' &&
        (typeof owner.id === 'string' || typeof owner.id === 'number')
      ) {
        const ownerKey = String(owner.id);
        if (!ownerIds.has(ownerKey)) {
          ownerIds.add(ownerKey);
          this.owners.push({ id: owner.id, name: typeof owner.name === 'string' ? owner.name : ownerKey });
        }
      }
    });
  }

  /** The row key of a sale from `rows`. */
  keyOf(sale: Sale): string {
    return this.keys.get(sale) ?? `sale:${String(sale.id)}`;
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

/** The body rows: group headings followed by their sales (just the sales when not grouped). */
export function bodyItems(
  sales: readonly Sale[],
  groupBy: GroupBy,
  locale: string,
  keyOf: (sale: Sale) => string,
): { items: BodyItem[]; groups: SaleGroup[] } {
  const items: BodyItem[] = [];
  if (groupBy === 'none') {
    for (const sale of sales) items.push({ kind: 'sale', key: keyOf(sale), sale });
    return { items, groups: [] };
  }
  const groups = groupSales(sales, groupBy, locale);
  for (const group of groups) {
    items.push({ kind: 'group', key: `group:${group.key}`, group });
    for (const sale of group.sales) items.push({ kind: 'sale', key: keyOf(sale), sale });
  }
  return { items, groups };
}

/** The controller's `rows()`: header, body rows, totals. */
export function rowInfos(items: readonly BodyItem[], columns: number, withTotals: boolean): GridRowInfo[] {
  const rows: GridRowInfo[] = [{ key: HEADER_ROW_KEY, cells: columns }];
  for (const item of items) {
    rows.push(
      item.kind === 'sale' ? { key: item.key, cells: columns, opens: true } : { key: item.key, cells: 1 },
    );
  }
  if (withTotals) rows.push({ key: TOTALS_ROW_KEY, cells: columns });
  return rows;
}
