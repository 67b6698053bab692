/**
 * The labels and types of a sale's user-defined fields, from SuperOffice's published field
 * definitions (`POST /api/v1/Agents/UserDefinedFieldInfo/GetPublishedUserDefinedFieldList`
 * with `{ "OwnerType": "Sale" }`): a `SaleEntity` carries only ProgIds and values.
 */
import { isAbsent, isRecord, readField, warn } from '../model/normalize-fields.js';
import type { DataWarning, UserField, UserFieldType } from '../model/types.js';
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
 * Our type for SuperOffice's `UDefFieldType`, by name or number (1 Number … 8 Decimal). A drop-down
 * (`List`, 7) is left to its value: the entity holds the chosen item's id, and the card would need
 * the list's items to offer.
 */
const TYPES: Record<string, UserFieldType> = {
  Number: 'number',
  1: 'number',
  ShortText: 'text',
  2: 'text',
  LongText: 'text',
  3: 'text',
  Date: 'date',
  4: 'date',
  UnlimitedDate: 'date',
  5: 'date',
  Checkbox: 'checkbox',
  6: 'checkbox',
  Decimal: 'number',
  8: 'number',
};

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The definitions in the answer, by ProgId; items without a ProgId are left out. */
export function readUserFieldInfos(answer: unknown, warnings: DataWarning[]): Map<string, UserFieldInfo> {
  const infos = new Map<string, UserFieldInfo>();
  // The answer is our own JSON.parse of the server's text: a plain array, no host object.
  if (!Array.isArray(answer)) {
    warn(warnings, 'UserDefinedFieldInfo', 'expected a list of field definitions; fields keep their ProgId');
    return infos;
  }
  for (const item of answer as unknown[]) {
    if (!isRecord(item)) continue;
    const progId = textOf(readField(item, 'ProgId'));
    if (!progId) continue;
    const fieldType = readField(item, 'FieldType');
    infos.set(progId, {
      label: textOf(readField(item, 'FieldLabel')) ?? textOf(readField(item, 'ShortLabel')) ?? progId,
      type: typeof fieldType === 'string' || typeof fieldType === 'number' ? TYPES[fieldType] : undefined,
    });
  }
  return infos;
}

/** `YYYYMMDD`, how an unlimited date is stored. */
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/u;

/**
 * The value as the defined type, or undefined when it is no value of that type (the field then
 * keeps the type its value shows). An empty value fits every type.
 */
function asType(type: UserFieldType, value: unknown): { value: UserField['value'] } | undefined {
  if (isAbsent(value)) return { value: null };
  switch (type) {
    case 'number':
      return typeof value === 'number' ? { value } : undefined;
    case 'checkbox':
      // A checkbox is stored as 1 (checked) or 0.
      return typeof value === 'boolean'
        ? { value }
        : value === 1 || value === 0
          ? { value: value === 1 }
          : undefined;
    case 'date': {
      if (typeof value !== 'string') return undefined;
      if (isNoDate(value)) return { value: null };
      const compact = COMPACT_DAY.exec(value);
      const day = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : calendarDate(value);
      return day ? { value: day } : undefined;
    }
    default:
      return typeof value === 'string' ? { value } : undefined;
  }
}

/** One `CustomFields` entry as a user field: labelled and typed by its definition when there is one. */
export function userField(key: string, value: unknown, info: UserFieldInfo | undefined): unknown {
  const typed = info?.type ? asType(info.type, value) : undefined;
  const type =
    typed && info?.type
      ? info.type
      : typeof value === 'number'
        ? 'number'
        : typeof value === 'boolean'
          ? 'checkbox'
          : 'text';
  return { id: key, label: info?.label ?? key, type, value: typed ? typed.value : value };
}
