/**
 * Linking a sale to other records: what a host's `lookup` search looks like, how its answers are
 * read, and what a new company means for the chosen contact.
 */
import { normalizeRef } from './normalize-records.js';
import { isList, isRecord, readField } from './normalize-fields.js';
import type { DataWarning, Ref } from './types.js';

/** The kinds of record a `lookup` searches: the sale's links and the records a link may point to. */
export const LOOKUP_KINDS = [
  'company',
  'person',
  'project',
  'owner',
  'sale',
  'activity',
  'document',
] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

/** What a search knows besides its text. */
export interface LookupContext {
  /** Aborted when a newer search replaces this one, or the field goes away. */
  signal: AbortSignal;
  /** The sale's chosen company, for contact (`person`) searches. */
  company?: Ref;
}

/** A person found by a search may say which company it belongs to. */
export interface LookupResult extends Ref {
  company?: Ref;
}

/** The host's search: the records of `kind` that match `text`, best first. */
export type Lookup = (kind: LookupKind, text: string, context: LookupContext) => Promise<Ref[]>;

/** At most this many results show: a search answer is a shortlist, not a list to scroll. */
export const MAX_LOOKUP_RESULTS = 50;

/**
 * The usable results of a search: `{ id, name }` records (with a person's `company` when it is
 * one), at most MAX_LOOKUP_RESULTS. Anything else is left out and reported in `warnings`.
 */
export function readLookupResults(value: unknown, warnings: DataWarning[]): LookupResult[] {
  if (!isList(value)) {
    warnings.push({ field: 'lookup', message: 'expected a list of { id, name } records; nothing shown' });
    return [];
  }
  const results: LookupResult[] = [];
  const length = readField(value, 'length');
  const count = typeof length === 'number' ? length : 0;
  for (let index = 0; index < count && results.length < MAX_LOOKUP_RESULTS; index += 1) {
    const item = readField(value, index);
    const field = `lookup result[${index}]`;
    const ref = normalizeRef(item, field, warnings);
    if (!ref) continue;
    const company = isRecord(item) ? readField(item, 'company') : undefined;
    const companyRef =
      company === undefined || company === null
        ? undefined
        : normalizeRef(company, `${field}.company`, warnings);
    results.push(companyRef ? { ...ref, company: companyRef } : ref);
  }
  return results;
}

const sameRecord = (a: Ref, b: Ref): boolean => String(a.id) === String(b.id);

/**
 * The contact to keep when the sale's company becomes `company`: a contact who belongs to another
 * company goes. A contact whose company is not known stays (nothing says it is wrong), and so does
 * every contact when the company is only cleared.
 */
export function contactForCompany(
  contact: Ref | undefined,
  contactCompany: Ref | undefined,
  company: Ref | undefined,
): Ref | undefined {
  if (!contact || !contactCompany || !company) return contact;
  return sameRecord(contactCompany, company) ? contact : undefined;
}
