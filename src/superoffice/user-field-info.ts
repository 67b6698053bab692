/**
 * The labels and types of a sale's user-defined fields, from SuperOffice's published field
 * definitions (`POST /api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList`
 * with `{ "OwnerType": "Sale" }`): a `SaleEntity` carries only ProgIds and values.
 */
import { isAbsent, isRecord, readField } from '../model/normalize-fields.js';
import type { UserField, UserFieldType } from '../model/types.js';
import { calendarDate, isNoDate } from './entity-dates.js';

/** What the definitions say about one field. */
export interface UserFieldInfo {
  label: string;
  /** Undefined for a kind of field we show by its value (a drop-down list). */
  type?: UserFieldType;
}

/** User-field definitions by ProgId (the key of the entity's `CustomFields`). */
export type UserFieldInfos = ReadonlyMap<string, UserFieldInfo>;

/**
 * Our type for SuperOffice's `UDefFieldType`. A drop-down (`List`) is left to its value: the entity
 * holds the chosen item's id, and the card would need the list's items to offer.
 */
const TYPES = new Map<unknown, UserFieldType>([
  ['Number', 'number'],
  ['Decimal', 'number'],
  ['ShortText', 'text'],
  ['LongText', 'text'],
  ['Date', 'date'],
  ['UnlimitedDate', 'date'],
  ['Checkbox', 'checkbox'],
]);

/** How a value of each of our types (other than a date) arrives in the entity's JSON. */
const JSON_TYPES: Partial<Record<UserFieldType, string>> = {
  text: 'string',
  number: 'number',
  checkbox: 'boolean',
};

/** The definitions in the answer, by ProgId (items without one are left out); undefined for no list. */
export function readUserFieldInfos(answer: unknown): Map<string, UserFieldInfo> | undefined {
  // The answer is our own JSON.parse of the server's text: a plain array, no host object.
  if (!Array.isArray(answer)) return undefined;
  const infos = new Map<string, UserFieldInfo>();
  for (const item of answer as unknown[]) {
    const progId = isRecord(item) ? readField(item, 'ProgId') : undefined;
    if (typeof progId !== 'string' || !progId) continue;
    const label = readField(item as object, 'FieldLabel');
    infos.set(progId, {
      label: typeof label === 'string' && label.trim() ? label : progId,
      type: TYPES.get(readField(item as object, 'FieldType')),
    });
  }
  return infos;
}

/**
 * The value as the defined type: null when empty, undefined when it is no value of that type (the
 * field then keeps the type its value shows).
 */
function asType(type: UserFieldType, value: unknown): UserField['value'] | undefined {
  if (isAbsent(value) || (type === 'date' && isNoDate(value))) return null;
  if (type === 'date') return calendarDate(value);
  return typeof value === JSON_TYPES[type] ? (value as UserField['value']) : undefined;
}

/** One `CustomFields` entry as a user field: labelled and typed by its definition when there is one. */
export function userField(key: string, value: unknown, info: UserFieldInfo | undefined): unknown {
  const typed = info?.type ? asType(info.type, value) : undefined;
  const type =
    typed !== undefined
      ? info!.type
      : typeof value === 'number'
        ? 'number'
        : typeof value === 'boolean'
          ? 'checkbox'
          : 'text';
  return { id: key, label: info?.label ?? key, type, value: typed === undefined ? value : typed };
}
