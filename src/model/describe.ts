/**
 * How warnings name a bad value: a short description that never throws. `String(value)` throws
 * for a null-prototype object ("Cannot convert object to primitive value") and for a Symbol, and a
 * `toString()`, getter or Proxy trap of the host's may throw too; none of those is ever called.
 */

/** What `readField` gives for a property whose getter or Proxy trap threw. */
export const UNREADABLE = Symbol('unreadable');

const SHOWN_LENGTH = 40;

/** A short description of any value for a warning, such as `"won"`, `12`, `a list` or `an object`. */
export function describeValue(value: unknown): string {
  if (value === UNREADABLE) return 'a property that threw when read';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'string':
      return value.length > SHOWN_LENGTH
        ? `${JSON.stringify(value.slice(0, SHOWN_LENGTH))}…`
        : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'object':
      return isArray(value) ? 'a list' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** `Array.isArray`, which throws for a revoked Proxy. */
function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
