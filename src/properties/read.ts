/**
 * The shape of a property reader: the value an element uses, and for a host value it cannot use,
 * one warning naming the field. Readers never throw; `undefined` and `null` read as the default.
 */
import { describeValue } from '../model/describe.js';
import type { DataWarning } from '../model/types.js';

export interface Read<T> {
  readonly value: T;
  readonly warning?: DataWarning;
}

/** A reading that uses `value` instead of what the host gave, and says why. */
export const problem = <T>(value: T, field: string, message: string): Read<T> => ({
  value,
  warning: { field, message },
});

/** A boolean property: only `true` and `false` count (a `new Boolean(false)` object would read as true). */
export function readFlag(value: unknown, field: string): Read<boolean> {
  if (value === undefined || value === null) return { value: false };
  if (typeof value === 'boolean') return { value };
  return problem(false, field, `expected true or false, got ${describeValue(value)}; using false`);
}
