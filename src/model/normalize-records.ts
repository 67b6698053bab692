/**
 * Normalizers for the records inside a sale (references, stages, activities, links, user fields,
 * stakeholders, quotes, sale types and their guides). Each takes the value found at `field` and
 * returns a fresh typed record, or undefined (with a warning) when the record cannot be shown.
 */
import {
  asId,
  asIsoDate,
  asOneOf,
  describeValue,
  isAbsent,
  isRecord,
  normalizeBoolean,
  normalizeCurrency,
  normalizeDate,
  normalizeList,
  normalizeMultilineText,
  normalizeNumber,
  normalizeProbability,
  normalizeRequiredText,
  normalizeText,
  normalizeUrl,
  readField,
  textNormalizer,
  warn,
  type Normalizer,
} from './normalize-fields.js';
import {
  GUIDE_STEP_KINDS,
  SALE_LINK_KINDS,
  USER_FIELD_TYPES,
  type Activity,
  type DataWarning,
  type GuideStage,
  type GuideStep,
  type Id,
  type Quote,
  type Ref,
  type SaleLink,
  type SalesGuide,
  type SaleType,
  type Stage,
  type Stakeholder,
  type UserField,
  type UserFieldType,
} from './types.js';

/** A host object being normalized: reads its properties safely and names them by path in warnings. */
export class HostRecord {
  constructor(
    private readonly source: object,
    /** Where the object sits, such as `links[2]`; `''` for the sale itself. */
    readonly path: string,
    readonly warnings: DataWarning[],
  ) {}

  /**
   * The object at `field`, or undefined when the value is absent or something else (with a
   * warning naming `expected`, such as "a reference { id, name }").
   */
  static open(
    value: unknown,
    field: string,
    warnings: DataWarning[],
    expected: string,
  ): HostRecord | undefined {
    if (isRecord(value)) return new HostRecord(value, field, warnings);
    if (!isAbsent(value)) {
      warn(warnings, field, `expected ${expected}, got ${describeValue(value)}; left out`);
    }
    return undefined;
  }

  fieldOf(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  get(key: string): unknown {
    return readField(this.source, key);
  }

  /** The property normalized by `normalize`. */
  read<T>(key: string, normalize: Normalizer<T>): T {
    return normalize(this.get(key), this.fieldOf(key), this.warnings);
  }

  /**
   * A property the object cannot do without. When `accept` refuses it, one warning says that the
   * whole `what` (activity, link, ...) is left out, and the result is undefined.
   */
  require<T>(
    key: string,
    accept: (value: unknown) => T | undefined,
    expected: string,
    what: string,
  ): T | undefined {
    const value = this.get(key);
    const accepted = accept(value);
    if (accepted === undefined) {
      warn(
        this.warnings,
        this.fieldOf(key),
        `expected ${expected}, got ${describeValue(value)}; ${what} left out`,
      );
    }
    return accepted;
  }

  /** The record's `id`, required. */
  id(what: string): Id | undefined {
    return this.require('id', asId, 'an id (text or a finite number)', what);
  }
}

// The database keeps stakeholder comments up to 2047 characters.
const normalizeStakeholderComment = textNormalizer({ multiline: true, maxLength: 2047 });

/** The same object without its undefined properties, so optional fields are absent, not undefined. */
export function withoutUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

/** A list field whose items are normalized by `normalizeItem`. */
export function listOf<T>(normalizeItem: Normalizer<T | undefined>): Normalizer<T[] | undefined> {
  return (value, field, warnings) => normalizeList(value, field, warnings, normalizeItem);
}

/** `{ id, name }` for company, person, project, owner, source, competitor and reasons. */
export function normalizeRef(value: unknown, field: string, warnings: DataWarning[]): Ref | undefined {
  const record = HostRecord.open(value, field, warnings, 'a reference { id, name }');
  const id = record?.id('reference');
  if (!record || id === undefined) return undefined;
  return { id, name: record.read('name', normalizeRequiredText) };
}

/** A stage of a sale type; a missing probability counts as 0 so stage changes stay predictable. */
export function normalizeStage(value: unknown, field: string, warnings: DataWarning[]): Stage | undefined {
  const record = HostRecord.open(value, field, warnings, 'a stage { id, name, probability }');
  const id = record?.id('stage');
  if (!record || id === undefined) return undefined;
  const name = record.read('name', normalizeRequiredText);
  let probability = record.read('probability', normalizeProbability);
  if (probability === undefined) {
    // A present but bad probability was reported by normalizeProbability already.
    if (isAbsent(record.get('probability'))) {
      warn(warnings, record.fieldOf('probability'), 'missing; 0 assumed');
    }
    probability = 0;
  }
  return { id, name, probability };
}

/** A follow-up; one without a valid date is left out, since lists sort and judge "overdue" by it. */
export function normalizeActivity(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): Activity | undefined {
  const record = HostRecord.open(value, field, warnings, 'an activity { id, title, date }');
  const id = record?.id('activity');
  if (!record || id === undefined) return undefined;
  const date = record.require('date', asIsoDate, 'an ISO date', 'activity');
  if (date === undefined) return undefined;
  return withoutUndefined({
    id,
    title: record.read('title', normalizeRequiredText),
    date,
    done: record.read('done', normalizeBoolean),
    type: record.read('type', normalizeText),
    company: record.read('company', normalizeRef),
    person: record.read('person', normalizeRef),
    owner: record.read('owner', normalizeRef),
  });
}

/** An entry of the Links tab. */
export function normalizeLink(value: unknown, field: string, warnings: DataWarning[]): SaleLink | undefined {
  const record = HostRecord.open(value, field, warnings, 'a link { id, kind, title }');
  const id = record?.id('link');
  if (!record || id === undefined) return undefined;
  const kind = record.require(
    'kind',
    asOneOf(SALE_LINK_KINDS),
    `one of ${SALE_LINK_KINDS.join(', ')}`,
    'link',
  );
  if (kind === undefined) return undefined;
  return withoutUndefined({
    id,
    kind,
    title: record.read('title', normalizeRequiredText),
    date: record.read('date', normalizeDate),
    href: record.read('href', normalizeUrl),
  });
}

const USER_FIELD_VALUES: Record<UserFieldType, Normalizer<UserField['value'] | undefined>> = {
  text: normalizeMultilineText,
  list: normalizeText,
  number: normalizeNumber,
  date: normalizeDate,
  checkbox: normalizeBoolean,
};

/** A user-defined field of the More tab; a value that does not fit its type is shown as empty (null). */
export function normalizeUserField(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): UserField | undefined {
  const record = HostRecord.open(value, field, warnings, 'a user field { id, label, type, value }');
  const id = record?.id('user field');
  if (!record || id === undefined) return undefined;
  const type = record.require(
    'type',
    asOneOf(USER_FIELD_TYPES),
    `one of ${USER_FIELD_TYPES.join(', ')}`,
    'user field',
  );
  if (type === undefined) return undefined;
  return withoutUndefined({
    id,
    label: record.read('label', normalizeRequiredText),
    type,
    value: record.read('value', USER_FIELD_VALUES[type]) ?? null,
    options: record.read('options', listOf(normalizeText)),
    pinned: record.read('pinned', normalizeBoolean),
  });
}

/** A stakeholder needs a person; `company` alone is not enough to show the row. */
export function normalizeStakeholder(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): Stakeholder | undefined {
  const record = HostRecord.open(value, field, warnings, 'a stakeholder { id, person }');
  const id = record?.id('stakeholder');
  if (!record || id === undefined) return undefined;
  const person = record.read('person', normalizeRef);
  if (!person) {
    // A present but bad person was reported by normalizeRef already.
    if (isAbsent(record.get('person'))) {
      warn(warnings, record.fieldOf('person'), 'missing; stakeholder left out');
    }
    return undefined;
  }
  return withoutUndefined({
    id,
    person,
    company: record.read('company', normalizeRef),
    role: record.read('role', normalizeText),
    comment: record.read('comment', normalizeStakeholderComment),
    email: record.read('email', normalizeText),
    phone: record.read('phone', normalizeText),
  });
}

export function normalizeQuote(value: unknown, field: string, warnings: DataWarning[]): Quote | undefined {
  const record = HostRecord.open(value, field, warnings, 'a quote { id, title }');
  const id = record?.id('quote');
  if (!record || id === undefined) return undefined;
  return withoutUndefined({
    id,
    number: record.read('number', normalizeText),
    title: record.read('title', normalizeRequiredText),
    version: record.read('version', normalizeNumber),
    amount: record.read('amount', normalizeNumber),
    currency: record.read('currency', normalizeCurrency),
    status: record.read('status', normalizeText),
    validUntil: record.read('validUntil', normalizeDate),
  });
}

export function normalizeGuideStep(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): GuideStep | undefined {
  const record = HostRecord.open(value, field, warnings, 'a guide step { id, kind, title }');
  const id = record?.id('guide step');
  if (!record || id === undefined) return undefined;
  const kind = record.require(
    'kind',
    asOneOf(GUIDE_STEP_KINDS),
    `one of ${GUIDE_STEP_KINDS.join(', ')}`,
    'guide step',
  );
  if (kind === undefined) return undefined;
  return withoutUndefined({
    id,
    kind,
    title: record.read('title', normalizeRequiredText),
    purpose: record.read('purpose', normalizeMultilineText),
    done: record.read('done', normalizeBoolean),
    autoSuggest: record.read('autoSuggest', normalizeBoolean),
  });
}

export function normalizeGuideStage(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): GuideStage | undefined {
  const record = HostRecord.open(value, field, warnings, 'a guide stage { stageId, name, steps }');
  const stageId = record?.require('stageId', asId, 'an id (text or a finite number)', 'guide stage');
  if (!record || stageId === undefined) return undefined;
  return withoutUndefined({
    stageId,
    name: record.read('name', normalizeRequiredText),
    probability: record.read('probability', normalizeProbability),
    steps: record.read('steps', listOf(normalizeGuideStep)) ?? [],
  });
}

export function normalizeGuide(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): SalesGuide | undefined {
  const record = HostRecord.open(value, field, warnings, 'a sales guide { id, name, stages }');
  const id = record?.id('sales guide');
  if (!record || id === undefined) return undefined;
  return withoutUndefined({
    id,
    name: record.read('name', normalizeRequiredText),
    autoAdvance: record.read('autoAdvance', normalizeBoolean),
    stages: record.read('stages', listOf(normalizeGuideStage)) ?? [],
  });
}

export function normalizeSaleType(
  value: unknown,
  field: string,
  warnings: DataWarning[],
): SaleType | undefined {
  const record = HostRecord.open(value, field, warnings, 'a sale type { id, name }');
  const id = record?.id('sale type');
  if (!record || id === undefined) return undefined;
  return withoutUndefined({
    id,
    name: record.read('name', normalizeRequiredText),
    guide: record.read('guide', normalizeGuide),
    duration: record.read('duration', normalizeDuration),
  });
}

/** A sale type's duration: whole days from 0 to 36,500; anything else is left out. */
function normalizeDuration(value: unknown, field: string, warnings: DataWarning[]): number | undefined {
  const days = normalizeNumber(value, field, warnings);
  if (days === undefined || (Number.isInteger(days) && days >= 0 && days <= 36_500)) return days;
  warn(warnings, field, `expected whole days from 0 to 36500, got ${describeValue(value)}; left out`);
  return undefined;
}
