/**
 * A short, printable description of any JavaScript value, for warnings about bad input. It never
 * throws: `String(value)` does for a null-prototype object ("Cannot convert object to primitive
 * value"), for a Symbol in a template literal, and for a Proxy or getter that throws.
 */
const MAX_LENGTH = 60;

export function describeValue(value: unknown): string {
  try {
    const text = describe(value);
    return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
  } catch {
    return 'an unreadable value';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return 'a function';
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === null) return 'an object without prototype';
  const name = (prototype as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== 'Object' ? `a ${name}` : 'an object';
}
