/**
 * The list's property boundary: each host property, whatever JavaScript value it holds, as a value
 * the list can use, plus a warning naming the field when the value was not one. `undefined` (and
 * `null`, which a removed attribute gives) means the default, silently. Nothing here throws: not for
 * a null-prototype object, a Proxy, a getter that throws or a boxed primitive. `sales` is checked
 * in list-model.ts, `columns` and `context` in columns.ts, `today` by `resolveToday`.
 */
import type { ComplexAttributeConverter } from 'lit';
import { SORT_DIRECTIONS, type GridSort } from '../../grid/types.js';
import { describeValue } from '../../model/describe.js';
import { normalizeFilter, type SaleFilter } from '../../model/filter.js';
import { GROUP_BY_KEYS, isGroupBy, type GroupBy } from '../../model/group.js';
import { SALE_COLUMNS } from '../../model/sort.js';
import type { DataWarning } from '../../model/types.js';

/** A checked property: the value to use and, when the host's was not usable, why. */
export interface Checked<T> {
  readonly value: T;
  readonly warning?: DataWarning;
}

const isUnset = (value: unknown): value is undefined | null => value === undefined || value === null;

/** The default, with a warning saying what `field` expected and what it got. */
const rejected = <T>(field: string, expected: string, value: unknown, fallback: T): Checked<T> => ({
  value: fallback,
  warning: { field, message: `expected ${expected}, got ${describeValue(value)}; using the default` },
});

/** `groupBy`: one of `GROUP_BY_KEYS`; anything else does not group. */
export function checkGroupBy(value: unknown): Checked<GroupBy> {
  if (isUnset(value)) return { value: 'none' };
  return isGroupBy(value) ? { value } : rejected('groupBy', GROUP_BY_KEYS.join(', '), value, 'none');
}

/**
 * `group-by` reflects only a grouping the list knows: the default converter would hand any value to
 * `setAttribute`, which throws for an object without prototype.
 */
export const groupByAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value,
  toAttribute: (value: unknown) => (isGroupBy(value) ? value : null),
};

/** `sort`: `{ column, direction }` with a known column; direction `asc` when left out. */
export function checkSort(value: unknown): Checked<GridSort | undefined> {
  if (isUnset(value)) return { value: undefined };
  try {
    const { column, direction } = value as Partial<Record<keyof GridSort, unknown>>;
    if (
      (SALE_COLUMNS as readonly unknown[]).includes(column) &&
      (direction === undefined || (SORT_DIRECTIONS as readonly unknown[]).includes(direction))
    ) {
      return { value: { column, direction: direction ?? 'asc' } as GridSort };
    }
  } catch {
    // A getter or proxy that throws: not a sort.
  }
  return rejected('sort', '{ column, direction } with a known column and asc or desc', value, undefined);
}

/** A record of fields: not an array, a boxed primitive, a date. Never throws (a Proxy's trap may). */
function isPlainObject(value: unknown): value is object {
  try {
    return typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]';
  } catch {
    return false;
  }
}

/** `filter`: `{ text?, status?, owners?, from?, to? }`; entries that are not usable are left out. */
export function checkFilter(value: unknown): Checked<SaleFilter> {
  if (isUnset(value)) return { value: {} };
  try {
    if (isPlainObject(value)) return { value: normalizeFilter(value) };
  } catch {
    // A getter or proxy that throws: not a filter.
  }
  return rejected('filter', '{ text, status, owners, from, to }', value, {});
}

/** `label`: text; blank gives the default name. */
export function checkLabel(value: unknown): Checked<string | undefined> {
  if (isUnset(value)) return { value: undefined };
  return typeof value === 'string'
    ? { value: value.trim() || undefined }
    : rejected('label', 'text', value, undefined);
}
