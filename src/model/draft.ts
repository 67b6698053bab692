/**
 * Draft bookkeeping for editing a record field by field: which fields differ from the version the
 * user started from, applying those changes to a newer version, and which of them collide with a
 * change made elsewhere meanwhile.
 */

/**
 * The fields of a draft that differ from its base. A field the user cleared is `null`, so that the
 * change survives JSON (where `undefined` disappears).
 */
export type FieldChanges<T> = { [K in keyof T]?: T[K] | null };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Structural equality for the data a record holds: primitives, arrays and plain objects. A missing
 * property equals one set to `undefined`, and `NaN` equals `NaN`.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!sameValue(a[key], b[key])) return false;
  }
  return true;
}

/** The fields of `draft` that differ from `base`, by name; `{}` when nothing changed. */
export function diffFields<T extends object>(base: T, draft: T): FieldChanges<T> {
  const changes: Record<string, unknown> = {};
  const before = base as Record<string, unknown>;
  const after = draft as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!sameValue(before[key], after[key])) changes[key] = after[key] ?? null;
  }
  return changes as FieldChanges<T>;
}

/** `target` with `changes` applied: a fresh object; `null` (or undefined) removes the field. */
export function applyChanges<T extends object>(target: T, changes: FieldChanges<T>): T {
  const result = { ...target } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined) delete result[key];
    else result[key] = value;
  }
  return result as T;
}

/**
 * The changed fields that someone else changed too: `incoming` (the newer version) differs from
 * `base` (what the user started from) and also from the user's value. Where both sides made the same
 * change there is nothing to resolve.
 */
export function conflictingFields<T extends object>(
  base: T,
  incoming: T,
  changes: FieldChanges<T>,
): (keyof T)[] {
  const before = base as Record<string, unknown>;
  const after = incoming as Record<string, unknown>;
  return Object.entries(changes)
    .filter(
      ([key, mine]) => !sameValue(before[key], after[key]) && !sameValue(after[key] ?? null, mine ?? null),
    )
    .map(([key]) => key as keyof T);
}
