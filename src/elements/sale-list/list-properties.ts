/**
 * The list's property boundary: each host property, whatever JavaScript value it holds, as a value
 * the list can use, plus a warning naming the field when the value was not one. `undefined` (and
 * `null`, which a removed attribute gives) means the default, silently. Nothing here throws: not for
 * a null-prototype object, a Proxy, a getter that throws or a boxed primitive. `sales` is checked
 * in list-model.ts, `columns` and `context` in columns.ts, `today` by `resolveToday`.
 */
import type { ComplexAttributeConverter } from 'lit';
import { SORT_DIRECTIONS, type GridSort, type SortDirection } from '../../grid/types.js';
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

const warning = (field: string, message: string): DataWarning => ({ field, message });

/** `groupBy`: one of `GROUP_BY_KEYS`; anything else does not group. */
export function checkGroupBy(value: unknown): Checked<GroupBy> {
  if (isUnset(value)) return { value: 'none' };
  if (isGroupBy(value)) return { value };
  return {
    value: 'none',
    warning: warning(
      'groupBy',
      `unknown groupBy ${describeValue(value)}; not grouping (known: ${GROUP_BY_KEYS.join(', ')})`,
    ),
  };
}

/**
 * `group-by` reflects only a grouping the list knows: the default converter would hand any value to
 * `setAttribute`, which throws for an object without prototype.
 */
export const groupByAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value,
  toAttribute: (value: unknown) => (isGroupBy(value) ? value : null),
};

/** Reads `key` of a host object; a getter or proxy that throws gives `fallback`. */
function readSafely(source: object, key: string, fallback: unknown): unknown {
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    return fallback;
  }
}

const UNREADABLE = Symbol('unreadable');

/** `sort`: `{ column, direction }` with a known column; direction `asc` when left out. */
export function checkSort(value: unknown): Checked<GridSort | undefined> {
  if (isUnset(value)) return { value: undefined };
  if (typeof value !== 'object') {
    return {
      value: undefined,
      warning: warning('sort', `expected { column, direction }, got ${describeValue(value)}; not sorting`),
    };
  }
  const column = readSafely(value, 'column', UNREADABLE);
  const direction = readSafely(value, 'direction', UNREADABLE);
  if (typeof column !== 'string' || !(SALE_COLUMNS as readonly string[]).includes(column)) {
    const got = column === UNREADABLE ? 'a property that threw when read' : describeValue(column);
    return { value: undefined, warning: warning('sort.column', `unknown column ${got}; not sorting`) };
  }
  if (direction === undefined || (SORT_DIRECTIONS as readonly unknown[]).includes(direction)) {
    return { value: { column, direction: (direction as SortDirection | undefined) ?? 'asc' } };
  }
  const got = direction === UNREADABLE ? 'a property that threw when read' : describeValue(direction);
  return {
    value: { column, direction: 'asc' },
    warning: warning('sort.direction', `expected asc or desc, got ${got}; sorting ascending`),
  };
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
  if (isPlainObject(value)) {
    try {
      return { value: normalizeFilter(value) };
    } catch {
      return { value: {}, warning: warning('filter', 'a field threw when read; not filtering') };
    }
  }
  return {
    value: {},
    warning: warning(
      'filter',
      `expected { text, status, owners, from, to }, got ${describeValue(value)}; not filtering`,
    ),
  };
}

/** `label`: text; blank gives the default name. */
export function checkLabel(value: unknown): Checked<string | undefined> {
  if (isUnset(value)) return { value: undefined };
  if (typeof value === 'string') return { value: value.trim() || undefined };
  return {
    value: undefined,
    warning: warning('label', `expected text, got ${describeValue(value)}; using the default name`),
  };
}
