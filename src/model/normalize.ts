/**
 * Turns whatever a host passes as a sale into a safe `Sale` plus the problems found, so elements
 * render what they can instead of throwing. The result is a fresh object tree: it shares nothing
 * mutable with the input, and circular input cannot loop because only known fields are read.
 */
import {
  asId,
  describeValue,
  isAbsent,
  isRecord,
  normalizeBoolean,
  normalizeCurrency,
  normalizeDate,
  normalizeMultilineText,
  normalizeNumber,
  normalizeProbability,
  normalizeStatus,
  normalizeText,
  normalizeTitle,
  TEXT_LIMITS,
  textNormalizer,
  warn,
} from './normalize-fields.js';
import {
  HostRecord,
  listOf,
  normalizeActivity,
  normalizeLink,
  normalizeQuote,
  normalizeRef,
  normalizeSaleType,
  normalizeStage,
  normalizeStakeholder,
  normalizeUserField,
  withoutUndefined,
} from './normalize-records.js';
import type { DataWarning, Id, Sale } from './types.js';

// The building blocks are public too: elements that take lists, stages or guides reuse them.
export {
  MAX_URL_LENGTH,
  MAX_WARNINGS_PER_LIST,
  TEXT_LIMITS,
  normalizeBoolean,
  normalizeCurrency,
  normalizeDate,
  normalizeList,
  normalizeNumber,
  normalizeProbability,
  normalizeRequiredText,
  normalizeStatus,
  normalizeText,
  type Normalizer,
  type TextOptions,
} from './normalize-fields.js';
export {
  normalizeActivity,
  normalizeGuide,
  normalizeGuideStage,
  normalizeGuideStep,
  normalizeLink,
  normalizeQuote,
  normalizeRef,
  normalizeSaleType,
  normalizeStage,
  normalizeStakeholder,
  normalizeUserField,
} from './normalize-records.js';

export interface NormalizedSale {
  sale: Sale;
  warnings: DataWarning[];
}

/**
 * The sale's id. A sale without one is a new sale (`id: ''`, see `isNewSale`), which is normal and
 * not a problem; an id of the wrong kind is reported and also treated as new.
 */
function normalizeSaleId(value: unknown, field: string, warnings: DataWarning[]): Id {
  const id = asId(value);
  if (id !== undefined) return id;
  const blank = isAbsent(value) || (typeof value === 'string' && value.trim() === '');
  if (!blank) {
    const got = describeValue(value);
    warn(warnings, field, `expected an id (text or a finite number), got ${got}; treated as a new sale`);
  }
  return '';
}

/** A new sale's title: like any title, but it may still be empty. */
const normalizeNewTitle = textNormalizer({ maxLength: TEXT_LIMITS.title });

/** True for a sale that has no id yet: the card opens it in edit mode and saving creates it. */
export function isNewSale(sale: Pick<Sale, 'id'>): boolean {
  return asId(sale.id) === undefined;
}

/** Any host value as a safe `Sale`, with one warning (naming the field) per problem found. Never throws. */
export function normalizeSale(input: unknown): NormalizedSale {
  const warnings: DataWarning[] = [];
  if (!isRecord(input)) {
    warn(warnings, 'sale', `expected a sale object, got ${describeValue(input)}; shown as an empty new sale`);
    return { sale: { id: '', title: '', status: 'open' }, warnings };
  }
  const record = new HostRecord(input, '', warnings);
  const id = record.read('id', normalizeSaleId);
  const sale: Sale = withoutUndefined({
    id,
    number: record.read('number', normalizeText),
    // A new sale starts without a title, which the user is about to type: not a data problem.
    title:
      asId(id) === undefined
        ? (record.read('title', normalizeNewTitle) ?? '')
        : record.read('title', normalizeTitle),
    status: record.read('status', normalizeStatus),
    done: record.read('done', normalizeBoolean),
    stage: record.read('stage', normalizeStage),
    probability: record.read('probability', normalizeProbability),
    amount: record.read('amount', normalizeNumber),
    cost: record.read('cost', normalizeNumber),
    currency: record.read('currency', normalizeCurrency),
    saleDate: record.read('saleDate', normalizeDate),
    saleType: record.read('saleType', normalizeSaleType),
    owner: record.read('owner', normalizeRef),
    credited: record.read('credited', normalizeRef),
    company: record.read('company', normalizeRef),
    person: record.read('person', normalizeRef),
    project: record.read('project', normalizeRef),
    source: record.read('source', normalizeRef),
    description: record.read('description', normalizeMultilineText),
    competitor: record.read('competitor', normalizeRef),
    reason: record.read('reason', normalizeRef),
    reopenDate: record.read('reopenDate', normalizeDate),
    stalledReason: record.read('stalledReason', normalizeRef),
    notes: record.read('notes', normalizeMultilineText),
    userFields: record.read('userFields', listOf(normalizeUserField)),
    links: record.read('links', listOf(normalizeLink)),
    nextActivity: record.read('nextActivity', normalizeActivity),
    activities: record.read('activities', listOf(normalizeActivity)),
    stakeholders: record.read('stakeholders', listOf(normalizeStakeholder)),
    quote: record.read('quote', normalizeQuote),
    favourite: record.read('favourite', normalizeBoolean),
    updatedAt: record.read('updatedAt', normalizeDate),
  });
  return { sale, warnings };
}
