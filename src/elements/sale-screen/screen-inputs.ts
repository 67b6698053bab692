/**
 * How `<sale-screen>` reads what a host gives it: its properties (any JavaScript value: one
 * warning naming the property, never a throw) and the answers of the host's data source, which are
 * host data too. Nothing here hands a raw host value on: lists are copied, sales normalized.
 */
import { describeValue } from '../../model/describe.js';
import { normalizeSale } from '../../model/normalize.js';
import { asId, isList, isRecord, readField } from '../../model/normalize-fields.js';
import { resolveToday } from '../../model/today.js';
import type { DataWarning, Id, Ref, Sale } from '../../model/types.js';
import type { Lookup } from '../../model/lookup.js';
import { problem, readFlag, type Read } from '../../properties/read.js';
import {
  SOURCE_ERROR_CODES,
  SOURCE_METHODS,
  type SalesLists,
  type SalesSource,
  type SourceErrorCode,
} from '../../source/sales-source.js';

export { readFlag, type Read };

/** `source`: an object with the SalesSource methods, else none (with a warning unless unset). */
export function readSource(value: unknown): Read<SalesSource | undefined> {
  if (value === undefined || value === null) return { value: undefined };
  const missing = isRecord(value)
    ? SOURCE_METHODS.filter((method) => typeof readField(value, method) !== 'function')
    : SOURCE_METHODS;
  if (missing.length === 0) return { value: value as SalesSource };
  return problem(
    undefined,
    'source',
    `expected a SalesSource (an object with ${SOURCE_METHODS.join(', ')}), got ${describeValue(value)}; nothing loaded`,
  );
}

/** `selected`: an id (text or a finite number). */
export function readSelected(value: unknown): Read<Id | undefined> {
  if (value === undefined || value === null || value === '') return { value: undefined };
  const id = asId(value);
  if (id !== undefined) return { value: id };
  return problem(
    undefined,
    'selected',
    `expected an id (text or a finite number), got ${describeValue(value)}; ignored`,
  );
}

/** `heading`: text, else the panel's default heading. */
export function readHeading(value: unknown): Read<string | undefined> {
  if (value === undefined || value === null) return { value: undefined };
  if (typeof value === 'string') return { value };
  return problem(
    undefined,
    'heading',
    `expected text, got ${describeValue(value)}; using the default heading`,
  );
}

/** `today`: an ISO day, else undefined (the real date, read by each element). */
export function readToday(value: unknown): Read<string | undefined> {
  const { today, warning } = resolveToday(value);
  if (value === undefined || value === null || value === '') return { value: undefined };
  return warning ? { value: undefined, warning } : { value: today };
}

/** A list from host data as a plain array (a Proxy or a throwing getter gives what can be read). */
export function copyList(value: unknown): unknown[] {
  if (!isList(value)) return [];
  try {
    return Array.prototype.slice.call(value);
  } catch {
    return [];
  }
}

/** The lists a source answered, as plain data the card reads itself (it checks each entry). */
export function readLists(value: unknown): SalesLists {
  if (!isRecord(value)) return { stages: [], saleTypes: [] };
  const list = (key: string) => copyList(readField(value, key)) as never[];
  const reasons = readField(value, 'reasons');
  const user = readField(value, 'currentUser');
  const lists: SalesLists = {
    stages: list('stages'),
    saleTypes: list('saleTypes'),
    currencies: list('currencies'),
    sources: list('sources'),
    competitors: list('competitors'),
    credited: list('credited'),
    reasons: isRecord(reasons)
      ? {
          sold: copyList(readField(reasons, 'sold')) as Ref[],
          lost: copyList(readField(reasons, 'lost')) as Ref[],
          stalled: copyList(readField(reasons, 'stalled')) as Ref[],
        }
      : {},
  };
  const userId = isRecord(user) ? asId(readField(user, 'id')) : undefined;
  const userName = isRecord(user) ? readField(user, 'name') : undefined;
  if (userId !== undefined && typeof userName === 'string')
    lists.currentUser = { id: userId, name: userName };
  return lists;
}

/** A sale a source answered, normalized (its problems go to the console as the card's would). */
export function readSale(value: unknown): { sale: Sale; warnings: DataWarning[] } {
  const { sale, warnings } = normalizeSale(value);
  return {
    sale,
    warnings: warnings.map(({ field, message }) => ({ field: `source sale ${field}`, message })),
  };
}

/** The screen's own text for a rejection with a known `code`, with `{detail}` filled in. */
export type ReasonTexts = (key: `screen.reason.${SourceErrorCode}`, params: { detail: string }) => string;

/**
 * The text of a rejection: for one with a known `code` (`SourceErrorCode`), the screen's own text
 * in the page's language; else text as it is, or the `message` of an Error (also one from another
 * frame, where `instanceof Error` is false) or of any object that has one; else undefined.
 */
export function reasonText(reason: unknown, texts: ReasonTexts): string | undefined {
  const code = isRecord(reason) ? readField(reason, 'code') : undefined;
  if ((SOURCE_ERROR_CODES as readonly unknown[]).includes(code)) {
    const detail = readField(reason as Record<string, unknown>, 'detail');
    return texts(`screen.reason.${code as SourceErrorCode}`, {
      // A `refused` without the server's words falls back to the message.
      detail: (typeof detail === 'string' && detail.trim()) || (messageOf(reason) ?? ''),
    });
  }
  return messageOf(reason);
}

/** Text as it is, else the `message` of an object that has one. */
function messageOf(reason: unknown): string | undefined {
  const text = isRecord(reason) ? readField(reason, 'message') : reason;
  return typeof text === 'string' && text.trim() ? text : undefined;
}

/**
 * Calls one method of the source and always gives a promise: a method that throws at once, or
 * answers with something that is no promise, behaves like one that answered later.
 */
export function ask<T>(call: () => Promise<T> | T): Promise<T> {
  return new Promise<T>((resolve) => resolve(call()));
}

/** The source's search, for the card: a search that throws at once rejects like one that failed later. */
export function sourceLookup(source: SalesSource | undefined): Lookup | undefined {
  if (!source || typeof source.lookup !== 'function') return undefined;
  return (kind, text, context) => ask(() => source.lookup!(kind, text, context));
}
