/** Normalizes the card's choice lists (stages, sale types, currencies, ...) from whatever the host passed. */
import {
  normalizeCurrency,
  normalizeList,
  normalizeRef,
  normalizeSaleType,
  normalizeStage,
  type Normalizer,
} from '../../model/normalize.js';
import { isRecord, readField } from '../../model/normalize-fields.js';
import type { DataWarning } from '../../model/types.js';
import type { ChoiceLists } from './card-context.js';

/** The card's properties that hold choice lists. */
export const CHOICE_LISTS = [
  'stages',
  'saleTypes',
  'currencies',
  'sources',
  'competitors',
  'credited',
  'reasons',
] as const;

export type ChoiceListInput = Record<(typeof CHOICE_LISTS)[number], unknown>;

function list<T>(
  value: unknown,
  field: string,
  warnings: DataWarning[],
  item: Normalizer<T | undefined>,
): T[] {
  return normalizeList(value, field, warnings, item) ?? [];
}

function reasonList(reasons: unknown, key: 'sold' | 'lost' | 'stalled', warnings: DataWarning[]) {
  // A getter or Proxy trap that throws reads as a value the list rejects, with a warning.
  const value = isRecord(reasons) ? readField(reasons, key) : undefined;
  return list(value, `reasons.${key}`, warnings, normalizeRef);
}

/** The lists as arrays of valid entries, and what was wrong with the rest. */
export function normalizeChoiceLists(input: ChoiceListInput): {
  lists: ChoiceLists;
  warnings: DataWarning[];
} {
  const warnings: DataWarning[] = [];
  const { reasons } = input;
  if (reasons !== undefined && reasons !== null && !isRecord(reasons)) {
    warnings.push({ field: 'reasons', message: 'expected { sold, lost, stalled } lists; left empty' });
  }
  const lists: ChoiceLists = {
    stages: list(input.stages, 'stages', warnings, normalizeStage),
    saleTypes: list(input.saleTypes, 'saleTypes', warnings, normalizeSaleType),
    currencies: list(input.currencies, 'currencies', warnings, normalizeCurrency),
    sources: list(input.sources, 'sources', warnings, normalizeRef),
    competitors: list(input.competitors, 'competitors', warnings, normalizeRef),
    credited: list(input.credited, 'credited', warnings, normalizeRef),
    reasons: {
      sold: reasonList(reasons, 'sold', warnings),
      lost: reasonList(reasons, 'lost', warnings),
      stalled: reasonList(reasons, 'stalled', warnings),
    },
  };
  return { lists, warnings };
}
