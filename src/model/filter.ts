/**
 * The sales list's filter: free text, statuses, owners and a sale-date range, all combined with
 * AND. Pure and defensive (it reads host data that may not be normalized yet). An empty filter
 * returns the input array itself, so callers that memoize by identity skip all later work.
 */
import { toIsoDay } from './dates.js';
import { isSaleStatus } from './status.js';
import type { Id, IsoDate, Sale, SaleStatus } from './types.js';

export interface SaleFilter {
  /** Words that must all appear (any case) in the title, number, company, contact, owner or stage. */
  text?: string;
  /** Only these statuses; empty or missing means all. */
  status?: SaleStatus[];
  /** Only sales owned by these owner ids; empty or missing means all. */
  owners?: Id[];
  /** Sale date on or after this day. */
  from?: IsoDate;
  /** Sale date on or before this day. */
  to?: IsoDate;
}

/** Any host value as a clean filter: unknown statuses, bad ids and bad dates left out. */
export function normalizeFilter(input: unknown): SaleFilter {
  if (!input || typeof input !== 'object') return {};
  const raw = input as Record<string, unknown>;
  const filter: SaleFilter = {};
  if (typeof raw['text'] === 'string' && raw['text'].trim() !== '') filter.text = raw['text'];
  if (Array.isArray(raw['status'])) {
    const statuses = raw['status'].filter(isSaleStatus);
    if (statuses.length > 0) filter.status = [...new Set(statuses)];
  }
  if (Array.isArray(raw['owners'])) {
    const owners = raw['owners'].filter(
      (id): id is Id =>
        (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)),
    );
    if (owners.length > 0) filter.owners = owners;
  }
  const from = toIsoDay(raw['from']);
  const to = toIsoDay(raw['to']);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/** True when the filter lets every sale through. */
export function isFilterEmpty(filter: SaleFilter | undefined): boolean {
  const clean = normalizeFilter(filter);
  return Object.keys(clean).length === 0;
}

const nameOf = (value: unknown): string => {
  if (!value || typeof value !== 'object') return '';
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
};

const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

// Lower-cased search text per sale object, so typing in the search box does not rebuild it.
const haystacks = new WeakMap<object, string>();

function haystackOf(sale: Sale): string {
  let haystack = haystacks.get(sale);
  if (haystack === undefined) {
    haystack = [
      textOf(sale.title),
      textOf(sale.number),
      nameOf(sale.company),
      nameOf(sale.person),
      nameOf(sale.owner),
      nameOf(sale.stage),
    ]
      .join('\n')
      .toLowerCase();
    haystacks.set(sale, haystack);
  }
  return haystack;
}

/** The id of the sale's owner as text, or undefined. */
function ownerIdOf(sale: Sale): string | undefined {
  const owner = sale.owner as { id?: unknown } | undefined;
  if (!owner || typeof owner !== 'object') return undefined;
  const id = owner.id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : undefined;
}

/** Whether one sale passes a normalized filter. */
export function matchesFilter(sale: Sale, filter: SaleFilter): boolean {
  if (!sale || typeof sale !== 'object') return false;
  if (filter.status && !filter.status.includes(sale.status)) return false;
  if (filter.owners) {
    const owner = ownerIdOf(sale);
    if (owner === undefined || !filter.owners.some((id) => String(id) === owner)) return false;
  }
  if (filter.from || filter.to) {
    const day = toIsoDay(sale.saleDate);
    if (!day || (filter.from && day < filter.from) || (filter.to && day > filter.to)) return false;
  }
  if (filter.text) {
    const haystack = haystackOf(sale);
    const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** The sales that pass `filter`, in their order; `sales` itself when the filter is empty. */
export function filterSales<T extends Sale>(
  sales: readonly T[],
  filter: SaleFilter | undefined,
): readonly T[] {
  const clean = normalizeFilter(filter);
  if (Object.keys(clean).length === 0) return sales;
  return sales.filter((sale) => matchesFilter(sale, clean));
}
