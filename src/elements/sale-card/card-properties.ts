/**
 * The card's simple properties read from whatever a host set: any JavaScript value gives a usable
 * value and, when it is not what the property takes, a warning naming the property. `undefined`
 * (a framework's unset prop) is the default, silently.
 */
import type { PropertyValues } from 'lit';
import { describeValue } from '../../model/describe.js';
import { readFlag } from '../../properties/read.js';
import type { Lookup } from '../../model/lookup.js';
import { normalizeSale } from '../../model/normalize.js';
import { asId, isRecord, readField } from '../../model/normalize-fields.js';
import { resolveToday } from '../../model/today.js';
import { normalizeRef } from '../../model/normalize-records.js';
import type { DataWarning, Ref, Sale } from '../../model/types.js';
import type { ChoiceLists } from './card-context.js';
import { CHOICE_LISTS, normalizeChoiceLists, type ChoiceListInput } from './choice-lists.js';
import { loadCombobox } from './combobox-loader.js';

/** Where the shown sale sits in the host's current set: `index` counts from 0. */
/** A boolean property through the shared reader, its warning (if any) added to `warnings`. */
function flag(value: unknown, field: string, warnings: DataWarning[]): boolean {
  const { value: read, warning } = readFlag(value, field);
  if (warning) warnings.push(warning);
  return read;
}

export interface SalePosition {
  index: number;
  total: number;
}

/** The sale the card starts with, and shows while `sale` is unset. */
export const EMPTY_SALE: Sale = { id: '', title: '', status: 'open' };

/**
 * The sale to show, from whatever the host set; its problems are named as fields of `sale`.
 * Unset (`undefined`) and `null` mean no sale, silently: the card shows its empty state.
 */
export function readSale(value: unknown, warnings: DataWarning[]): { sale: Sale; unset: boolean } {
  if (value === undefined || value === null) return { sale: EMPTY_SALE, unset: true };
  const { sale, warnings: problems } = normalizeSale(value);
  for (const { field, message } of problems) {
    warnings.push({ field: field === 'sale' ? field : `sale.${field}`, message });
  }
  return { sale, unset: false };
}

/**
 * Whether the host's `sale` is one the card opens in edit mode: a new sale (no usable id), or a
 * value that is not a sale at all, shown as an empty new one. Reads only the id; never throws.
 */
export function opensEditing(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return !isRecord(value) || asId(readField(value, 'id')) === undefined;
}

/** The card's properties other than `sale`, as the card uses them. */
export interface CardSettings {
  readonly: boolean;
  skipCompleted: boolean;
  position?: SalePosition;
  /** Whether the host is loading a sale: the card is busy and its controls inert. */
  loading: boolean;
  /** The owner a new sale without one gets. */
  currentUser?: Ref;
  /** The error to show: text, `null` for one without readable text (a general message shows), undefined for none. */
  error?: string | null;
  lists: ChoiceLists;
  /** The host's record search, when it gave a function. */
  lookup?: Lookup;
}

/** The settings of a card whose properties hold their defaults. */
export const DEFAULT_SETTINGS: CardSettings = {
  readonly: false,
  loading: false,
  skipCompleted: false,
  lists: normalizeChoiceLists({} as ChoiceListInput).lists,
};

export type CardProperties = ChoiceListInput & { lookup?: unknown } & Partial<
    Record<
      'readonly' | 'skipCompleted' | 'premium' | 'position' | 'error' | 'today' | 'loading' | 'currentUser',
      unknown
    >
  >;

/** `settings` with the `changed` properties of `card` read again; what was wrong goes to `warnings`. */
export function readSettings(
  card: CardProperties & { requestUpdate(): void },
  changed: PropertyValues,
  settings: CardSettings,
  warnings: DataWarning[],
): CardSettings {
  const next = { ...settings };
  if (changed.has('readonly')) next.readonly = flag(card.readonly, 'readonly', warnings);
  if (changed.has('skipCompleted')) next.skipCompleted = flag(card.skipCompleted, 'skipCompleted', warnings);
  if (changed.has('premium')) flag(card.premium, 'premium', warnings);
  if (changed.has('error')) next.error = readError(card.error, warnings);
  if (changed.has('lookup')) {
    next.lookup = readLookup(card.lookup, warnings);
    // Its record fields are <sale-combobox>es, which load on demand: start now, not at the first edit.
    if (next.lookup) loadCombobox(card);
  }
  if (changed.has('loading')) next.loading = flag(card.loading, 'loading', warnings);
  if (changed.has('currentUser')) next.currentUser = normalizeRef(card.currentUser, 'currentUser', warnings);
  if (CHOICE_LISTS.some((key) => changed.has(key))) {
    const { lists, warnings: problems } = normalizeChoiceLists(card);
    next.lists = lists;
    warnings.push(...problems);
  }
  if (changed.has('position')) next.position = readPosition(card.position, warnings);
  // `today` itself is read on every render: unset, it is the real date, which moves on.
  const { warning } = changed.has('today') ? resolveToday(card.today) : {};
  if (warning) warnings.push(warning);
  return next;
}

/** `{ index, total }` with `0 <= index < total`, or undefined (no position shown). */
export function readPosition(value: unknown, warnings: DataWarning[]): SalePosition | undefined {
  if (value === undefined || value === null) return undefined;
  const index = isRecord(value) ? readField(value, 'index') : undefined;
  const total = isRecord(value) ? readField(value, 'total') : undefined;
  if (Number.isInteger(index) && Number.isInteger(total) && (index as number) >= 0 && index! < total!) {
    return { index: index as number, total: total as number };
  }
  warnings.push({
    field: 'position',
    message: `expected { index, total } with 0 <= index < total, got ${describeValue(value)}; not shown`,
  });
  return undefined;
}

/**
 * The host's `lookup` search, or undefined (the record fields stay read-only). The card calls it
 * through a function of its own: what Lit binds must be safe to read, and a host's Proxy is not.
 */
export function readLookup(value: unknown, warnings: DataWarning[]): Lookup | undefined {
  if (typeof value === 'function') return (kind, text, context) => value(kind, text, context);
  if (value !== undefined && value !== null) {
    warnings.push({
      field: 'lookup',
      message: `expected a function (kind, text, context) => Promise<Ref[]>, got ${describeValue(value)}; records are not picked`,
    });
  }
  return undefined;
}

/**
 * The host's error message. Text shows as it is (`''` clears it) and an `Error` shows its
 * message. Anything else is still an error, whose text cannot be shown: `null` asks the card for
 * its general message. `undefined` and `null` mean no error.
 */
export function readError(value: unknown, warnings: DataWarning[]): string | null | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  const message = messageOf(value);
  if (typeof message === 'string' && message !== '') return message;
  warnings.push({
    field: 'error',
    message: `expected text, got ${describeValue(value)}; a general message shows`,
  });
  return null;
}

/** An Error's message; a Proxy's `instanceof` check may throw, which means it is no Error. */
function messageOf(value: unknown): unknown {
  try {
    return value instanceof Error ? readField(value, 'message') : undefined;
  } catch {
    return undefined;
  }
}
