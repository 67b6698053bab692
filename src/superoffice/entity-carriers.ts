/**
 * Reading SuperOffice carriers into the shapes our normalizers take (`{ id, name }`, stakeholders,
 * links, user fields), without judging them: a value that does not fit is handed on as it is, so
 * that `normalizeSale` reports it. Nothing here throws, whatever the host passes (Proxies whose
 * traps throw, getters that throw, revoked Proxies).
 */
import { isAbsent, isList, isRecord, readField, warn } from '../model/normalize-fields.js';
import type { DataWarning, SaleLinkKind } from '../model/types.js';
import type { FieldName } from './entity-field-names.js';
import { userField, type UserFieldInfos } from './user-field-info.js';

function isBlankText(value: unknown): boolean {
  return isAbsent(value) || (typeof value === 'string' && value.trim() === '');
}

/** SuperOffice's "none": id 0 (or `'0'`), or no id and nothing else worth showing. */
function isNoneId(id: unknown, name: unknown): boolean {
  return id === 0 || id === '0' || (isAbsent(id) && isBlankText(name));
}

/** The first of `keys` that holds non-blank text; else the first key's value, for the normalizer to judge. */
export function firstText(carrier: object, keys: readonly string[]): unknown {
  for (const key of keys) {
    const value = readField(carrier, key);
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return readField(carrier, keys[0]!);
}

/** `Firstname MiddleName Lastname`, skipping blank parts; undefined when all are blank. */
export function joinedName(carrier: object, keys: readonly string[]): string | undefined {
  const parts = keys
    .map((key) => readField(carrier, key))
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.trim());
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** How a carrier is read as a `{ id, name }` reference. */
export interface RefCarrier {
  idKeys: readonly string[];
  /** The name: the first of these with text. */
  nameKeys: readonly string[];
  /** Parts joined into a name when none of `nameKeys` has text (a person's first and last name). */
  nameParts?: readonly string[];
}

export const ASSOCIATE: RefCarrier = { idKeys: ['AssociateId'], nameKeys: ['FullName', 'Name'] };
export const CONTACT: RefCarrier = { idKeys: ['ContactId'], nameKeys: ['Name'] };
export const PERSON: RefCarrier = {
  idKeys: ['PersonId'],
  nameKeys: ['FullName'],
  nameParts: ['Firstname', 'MiddleName', 'Lastname'],
};
export const PROJECT: RefCarrier = { idKeys: ['ProjectId'], nameKeys: ['Name'] };
/** MDO list items (currency, source, competitor, credited, reasons, stage); a `SaleTypeEntity` too. */
export const LIST_ITEM: RefCarrier = { idKeys: ['Id', 'SaleTypeId'], nameKeys: ['Value', 'Name'] };

/** A carrier as a raw `{ id, name }` plus the names its fields had; undefined when it means "none". */
export function readRef(
  value: unknown,
  carrier: RefCarrier,
  name: string,
): { ref: unknown; names: FieldName } | undefined {
  if (isAbsent(value)) return undefined;
  if (!isRecord(value)) return { ref: value, names: { name } };
  const idKey = carrier.idKeys.find((key) => !isAbsent(readField(value, key))) ?? carrier.idKeys[0]!;
  const id = readField(value, idKey);
  const nameKey = carrier.nameKeys.find((key) => !isBlankText(readField(value, key))) ?? carrier.nameKeys[0]!;
  const named = firstText(value, carrier.nameKeys);
  const text =
    isBlankText(named) && carrier.nameParts ? (joinedName(value, carrier.nameParts) ?? named) : named;
  if (isNoneId(id, text)) return undefined;
  return { ref: { id, name: text }, names: { name, keys: { id: idKey, name: nameKey } } };
}

/** Longer lists are left out: no sale has that many links, stakeholders or stages. */
export const MAX_LIST_LENGTH = 10_000;

/**
 * A list's items, read safely into a list of our own; undefined when `value` is no list that can
 * be read (the caller hands it on as it is, for the normalizer to report). Never `Array.isArray` a
 * host value and then call its methods: a Proxy of an array passes the one and throws in the other.
 */
export function readItems(value: unknown, field: string, warnings: DataWarning[]): unknown[] | undefined {
  if (!isList(value)) return undefined;
  const length = readField(value, 'length');
  if (typeof length !== 'number') return undefined;
  if (length > MAX_LIST_LENGTH) {
    warn(warnings, field, `${length} entries, more than ${MAX_LIST_LENGTH}; left out`);
    return [];
  }
  return Array.from({ length }, (_, index) => readField(value, index));
}

const LINK_KINDS: Record<string, SaleLinkKind> = {
  appointment: 'activity',
  activity: 'activity',
  document: 'document',
  project: 'project',
  sale: 'sale',
  url: 'url',
};

/** Our kind of link for SuperOffice's `EntityName`; the name itself when it is none we show. */
export function linkKindOf(entityName: unknown): unknown {
  return typeof entityName === 'string'
    ? (LINK_KINDS[entityName.trim().toLowerCase()] ?? entityName)
    : entityName;
}

/** The SuperOffice `EntityName` of one of our link kinds. */
export function entityNameOf(kind: SaleLinkKind): string {
  return kind === 'activity' ? 'appointment' : kind;
}

export function readLink(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const id = readField(value, 'Id');
  const kind = linkKindOf(readField(value, 'EntityName'));
  return {
    // The linked record's id, which the host needs to open it; the link's own id when that is missing.
    id: isAbsent(id) || id === 0 ? readField(value, 'LinkId') : id,
    kind,
    title: firstText(value, ['Description', 'ExtraInfo']),
    href: kind === 'url' ? readField(value, 'ExtraInfo') : undefined,
  };
}

export const LINK_NAMES: FieldName = {
  name: 'Links',
  keys: { id: 'Id', kind: 'EntityName', title: 'Description', href: 'ExtraInfo' },
};

export function readStakeholder(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const personId = readField(value, 'PersonId');
  const personName = joinedName(value, ['Firstname', 'MiddleName', 'Lastname']);
  const contactId = readField(value, 'ContactId');
  const contactName = readField(value, 'ContactName');
  return {
    id: readField(value, 'SaleStakeholderId'),
    person: isNoneId(personId, personName) ? undefined : { id: personId, name: personName },
    company: isNoneId(contactId, contactName) ? undefined : { id: contactId, name: contactName },
    role: readField(value, 'StakeholderRoleName'),
    comment: readField(value, 'Comment'),
    email: readField(value, 'EmailAddress'),
    phone: readField(value, 'Phone'),
  };
}

export const STAKEHOLDER_NAMES: FieldName = {
  name: 'SaleStakeholders',
  keys: {
    id: 'SaleStakeholderId',
    person: { name: '', self: 'PersonId', keys: { id: 'PersonId', name: 'Lastname' } },
    company: { name: '', self: 'ContactId', keys: { id: 'ContactId', name: 'ContactName' } },
    role: 'StakeholderRoleName',
    comment: 'Comment',
    email: 'EmailAddress',
    phone: 'Phone',
  },
};

/** More custom fields than anyone defines; a runaway dictionary is cut here. */
export const MAX_CUSTOM_FIELDS = 500;

/**
 * `CustomFields`, then the keys of the deprecated `UserDefinedFields` that `CustomFields` lacks, as
 * user fields keyed by ProgId. The entity carries no labels or types: `infos` (the published field
 * definitions) gives them; a field without one is labelled by its ProgId and typed by its value
 * (text, a number, true/false a checkbox).
 */
export function readCustomFields(
  entity: object,
  warnings: DataWarning[],
  infos?: UserFieldInfos,
): { fields: unknown[]; items: string[] } | undefined {
  const fields: unknown[] = [];
  const items: string[] = [];
  const seen = new Set<string>();
  let present = false;
  for (const dictionaryName of ['CustomFields', 'UserDefinedFields']) {
    const dictionary = readField(entity, dictionaryName);
    if (isAbsent(dictionary)) continue;
    present = true;
    let keys: string[];
    try {
      if (!isRecord(dictionary)) throw new TypeError('not a dictionary');
      keys = Object.keys(dictionary);
    } catch {
      warn(warnings, dictionaryName, 'expected a dictionary of field values that can be read; left out');
      continue;
    }
    for (const key of keys) {
      if (seen.has(key)) continue;
      if (fields.length >= MAX_CUSTOM_FIELDS) {
        warn(warnings, dictionaryName, `more than ${MAX_CUSTOM_FIELDS} fields; the rest left out`);
        break;
      }
      seen.add(key);
      fields.push(userField(key, readField(dictionary, key), infos?.get(key)));
      items.push(`${dictionaryName}.${key}`);
    }
  }
  return present ? { fields, items } : undefined;
}
