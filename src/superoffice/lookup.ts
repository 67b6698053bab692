/**
 * `lookup()` over SuperOffice: companies, persons, projects and sales through their archive lists
 * (OData), owners through the `associate` MDO list. A person search keeps to the sale's company.
 */
import type { LookupContext, LookupKind, LookupResult } from '../model/lookup.js';
import type { DataWarning } from '../model/types.js';
import type { Request } from './http.js';
import { readMdoItems } from './lists.js';
import { allOf, idColumn, quoted, readRows, textColumn } from './odata.js';

/** At most this many results per search (the card shows a shortlist). */
export const LOOKUP_SIZE = 20;

interface ArchiveSearch {
  path: string;
  select: string;
  nameColumn: string;
  /** The row as a result, or undefined when it has no id. */
  result(row: object): LookupResult | undefined;
}

const named = (id: string | number | undefined, name: string | undefined): LookupResult | undefined =>
  id === undefined ? undefined : { id, name: name ?? String(id) };

const ARCHIVES: Partial<Record<LookupKind, ArchiveSearch>> = {
  company: {
    path: '/Contact',
    select: 'contactId,name,department',
    nameColumn: 'name',
    result: (row) => {
      const name = textColumn(row, 'name');
      const department = textColumn(row, 'department');
      return named(idColumn(row, 'contactId'), department && name ? `${name}, ${department}` : name);
    },
  },
  person: {
    path: '/Person',
    select: 'personId,fullName,contactId,contact/name',
    nameColumn: 'fullName',
    result: (row) => {
      const person = named(idColumn(row, 'personId'), textColumn(row, 'fullName'));
      const company = named(idColumn(row, 'contactId'), textColumn(row, 'contact/name'));
      return person && company ? { ...person, company } : person;
    },
  },
  project: {
    path: '/Project',
    select: 'projectId,name',
    nameColumn: 'name',
    result: (row) => named(idColumn(row, 'projectId'), textColumn(row, 'name')),
  },
  sale: {
    path: '/Sale',
    select: 'saleId,heading',
    nameColumn: 'heading',
    result: (row) => named(idColumn(row, 'saleId'), textColumn(row, 'heading')),
  },
};

/** Searches `kind` for `text`; kinds SuperOffice has no search for here answer `[]` without a request. */
export async function searchRecords(
  request: Request,
  kind: LookupKind,
  text: string,
  context: LookupContext,
  warnings: DataWarning[],
): Promise<LookupResult[]> {
  const words = typeof text === 'string' ? text.trim() : '';
  const signal = context?.signal;
  if (kind === 'owner') {
    const answer = await request('GET', '/MDOList/associate', {
      query: { flat: true, query: words || undefined },
      signal,
    });
    return readMdoItems(answer, 'associate', warnings, { preferFullName: true }).slice(0, LOOKUP_SIZE);
  }
  const archive = ARCHIVES[kind];
  if (!archive) return [];
  const companyId = kind === 'person' ? context?.company?.id : undefined;
  const filter = allOf(
    words && `${archive.nameColumn} begins ${quoted(words)}`,
    companyId !== undefined &&
      (typeof companyId === 'number'
        ? `contactId eq ${companyId}`
        : `contactId eq ${quoted(String(companyId))}`),
  );
  const answer = await request('GET', archive.path, {
    query: { $select: archive.select, $filter: filter, $orderBy: archive.nameColumn, $top: LOOKUP_SIZE },
    signal,
  });
  return readRows(answer, `lookup ${kind}`, warnings).flatMap((row) => {
    const result = row && archive.result(row);
    return result ? [result] : [];
  });
}
