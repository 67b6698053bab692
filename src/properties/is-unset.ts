/**
 * A property the host left unset: frameworks pass `undefined` for a prop they do not set, which
 * means the property's default, silently. (`null` is a value, and a wrong one where an element
 * expects text or a record; a removed reflected attribute reads as `undefined`, see textAttribute.)
 */
export const isUnset = (value: unknown): value is undefined => value === undefined;
