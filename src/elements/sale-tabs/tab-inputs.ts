/**
 * `<sale-tabs>`' property boundary: whatever JavaScript value the host passes (a null-prototype
 * object, a boxed primitive, a Proxy, a getter that throws, a list with holes), reading it neither
 * throws nor leaves the element blank. `undefined` is the default, silently; anything else unusable
 * is reported as a warning that names the field.
 */
import { PLACEHOLDER } from '../../model/placeholder.js';
import { describeValue, UNREADABLE } from '../../model/describe.js';
import { asId, isList, readField } from '../../model/normalize-fields.js';
import type { DataWarning } from '../../model/types.js';
import { isUnset } from '../../properties/is-unset.js';

export const TAB_ACTIVATIONS = ['auto', 'manual'] as const;
/** `auto`: the arrow keys select the tab they move to. `manual`: they only move focus; Enter or Space selects. */
export type TabActivation = (typeof TAB_ACTIVATIONS)[number];

/** A tab that passed validation: what the element renders. */
export interface ShownTab {
  id: string;
  label: string;
  marked: boolean;
  disabled: boolean;
}

/** More tabs than anyone shows: a longer list (say, a sparse one of length 2³²-1) is cut here. */
const MAX_TABS = 500;

/** An id or a label: a non-blank string, or a finite number as a string. */
export function textOf(value: unknown): string | undefined {
  const id = asId(value);
  return id === undefined ? undefined : String(id);
}

/** A flag of a tab: any value counts by its truthiness, except one that threw when read. */
function flagOf(tab: object, key: string, field: string, warnings: DataWarning[]): boolean {
  const value = readField(tab, key);
  if (value !== UNREADABLE) return !!value;
  warnings.push({ field, message: `${describeValue(value)}; read as false` });
  return false;
}

/**
 * The visible tabs of whatever the host passed, and what was wrong with the rest: a tab without a
 * usable id, or with an id seen before, is left out; one without a label shows the placeholder.
 */
export function readTabs(input: unknown, warnings: DataWarning[]): ShownTab[] {
  if (isUnset(input)) return [];
  if (!isList(input)) {
    warnings.push({ field: 'tabs', message: `${describeValue(input)} is not an array; no tabs shown` });
    return [];
  }
  const length = readField(input, 'length');
  const count = typeof length === 'number' ? Math.min(length, MAX_TABS) : 0;
  if (count !== length) {
    warnings.push({ field: 'tabs', message: `length ${describeValue(length)}; ${count} tabs read` });
  }
  const tabs: ShownTab[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < count; index++) {
    const field = `tabs[${index}]`;
    // A hole or a primitive reads as a tab without an id.
    const tab = Object(readField(input, index)) as object;
    const rawId = readField(tab, 'id');
    const id = textOf(rawId);
    if (id === undefined || seen.has(id)) {
      const problem =
        id !== undefined ? `repeats "${id}"` : isUnset(rawId) ? 'missing' : describeValue(rawId);
      warnings.push({ field: `${field}.id`, message: `${problem}; tab left out` });
      continue;
    }
    seen.add(id);
    const rawLabel = readField(tab, 'label');
    const label = textOf(rawLabel);
    if (label === undefined) {
      const problem = isUnset(rawLabel) ? 'missing' : describeValue(rawLabel);
      warnings.push({ field: `${field}.label`, message: `${problem}; shown as ${PLACEHOLDER}` });
    }
    if (flagOf(tab, 'hidden', `${field}.hidden`, warnings)) continue;
    tabs.push({
      id,
      label: label ?? PLACEHOLDER,
      marked: flagOf(tab, 'marked', `${field}.marked`, warnings),
      disabled: flagOf(tab, 'disabled', `${field}.disabled`, warnings),
    });
  }
  return tabs;
}

/** `selected` as a tab id to look for: '' for none; a value that cannot be an id warns. */
export function readSelected(value: unknown, warnings: DataWarning[]): string {
  if (isUnset(value) || value === '') return '';
  const id = textOf(value);
  if (id === undefined)
    warnings.push({ field: 'selected', message: `${describeValue(value)} is not a tab id` });
  return id ?? '';
}

/** The tab row's accessible name, or null for none; a value that is not text warns. */
export function readLabel(value: unknown, warnings: DataWarning[]): string | null {
  if (isUnset(value) || value === '') return null;
  if (typeof value === 'string') return value;
  warnings.push({ field: 'label', message: `${describeValue(value)} is not text; the tabs are unnamed` });
  return null;
}

/** `activation`; an unknown value warns and means `auto`. */
export function readActivation(value: unknown, warnings: DataWarning[]): TabActivation {
  if (isUnset(value)) return 'auto';
  if ((TAB_ACTIVATIONS as readonly unknown[]).includes(value)) return value as TabActivation;
  warnings.push({
    field: 'activation',
    message: `${describeValue(value)} is not auto or manual; using auto`,
  });
  return 'auto';
}
