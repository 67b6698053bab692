/**
 * The data of the detail cards under a sale (Activities, Sales guide, Stakeholders, Quote): which
 * tabs show, the rows the cards list, and what makes an activity overdue. The cards show the core
 * records (`Activity`, `Stakeholder`, `Quote`) as `normalizeSale` keeps them, so a host that
 * normalizes first (as `<sale-screen>` does) loses nothing they show.
 */
import { isDayBefore } from './dates.js';
import { asId, describeValue, isRecord, normalizeStatus, readField, warn } from './normalize-fields.js';
import {
  HostRecord,
  listOf,
  normalizeActivity,
  normalizeQuote,
  normalizeStakeholder,
  withoutUndefined,
} from './normalize-records.js';
import type { Activity, DataWarning, Id, Quote, SaleStatus, Stakeholder } from './types.js';

export const SECTION_IDS = ['activities', 'guide', 'stakeholders', 'quote'] as const;
/** The tabs of `<sale-sections>`, in order; also the tab ids hosts use for `selected`. */
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * An activity as the Activities card lists it: the core `Activity`, which has its company, contact
 * and owner.
 * @deprecated Use `Activity`; kept so code written against earlier versions still compiles.
 */
export type SectionActivity = Activity;

/** @deprecated Use `Stakeholder`, which has the email and phone. */
export type SectionStakeholder = Stakeholder;

/** @deprecated Use `Quote`, which has the number. */
export type SectionQuote = Quote;

/** What the cards need of a sale. */
export interface SectionsSale {
  /** `''` for a sale without an id (a new one). */
  id: Id;
  status: SaleStatus;
  /** The id of the sale's stage, which is the guide's current stage. */
  stageId?: Id;
  activities: Activity[];
  stakeholders: SectionStakeholder[];
  quote?: SectionQuote;
}

/** The tabs to show: Activities always; the rest with Premium, the Sales guide only with a guide. */
export function visibleSections(premium: boolean, hasGuide: boolean): SectionId[] {
  if (!premium) return ['activities'];
  return hasGuide ? [...SECTION_IDS] : ['activities', 'stakeholders', 'quote'];
}

/** An activity that is not done and whose date lies before `today` (an ISO day). */
export function isActivityOverdue(activity: Pick<Activity, 'date' | 'done'>, today: string): boolean {
  return activity.done !== true && isDayBefore(activity.date, today);
}

/** @deprecated Use `normalizeActivity`, which keeps company, contact and owner. */
export const normalizeSectionActivity = normalizeActivity;

/** @deprecated Use `normalizeStakeholder`, which keeps the email and phone. */
export const normalizeSectionStakeholder = normalizeStakeholder;

/** @deprecated Use `normalizeQuote`, which keeps the number. */
export const normalizeSectionQuote = normalizeQuote;

/** The list without later entries whose id repeats an earlier one (rows are keyed by id). */
function withUniqueIds<T extends { id: Id }>(
  items: T[] | undefined,
  field: string,
  warnings: DataWarning[],
): T[] {
  const seen = new Set<string>();
  const unique: T[] = [];
  for (const item of items ?? []) {
    const key = String(item.id);
    if (seen.has(key)) {
      warn(warnings, field, `id ${JSON.stringify(key)} appears more than once; later entries left out`);
      continue;
    }
    seen.add(key);
    unique.push(item);
  }
  return unique;
}

/** The id of a stage reference; whatever else the stage holds is the sale card's business. */
function stageIdOf(stage: unknown): Id | undefined {
  return isRecord(stage) ? asId(readField(stage, 'id')) : undefined;
}

/**
 * Any host value as the sale the cards show, with one warning (naming the field) per problem.
 * Reads only the fields the cards need. `undefined` is "no sale yet" and not a problem.
 */
export function readSectionsSale(value: unknown): { sale: SectionsSale; warnings: DataWarning[] } {
  const warnings: DataWarning[] = [];
  const empty: SectionsSale = { id: '', status: 'open', activities: [], stakeholders: [] };
  if (!isRecord(value)) {
    if (value !== undefined) {
      warn(warnings, 'sale', `expected a sale object, got ${describeValue(value)}; nothing to list`);
    }
    return { sale: empty, warnings };
  }
  const record = new HostRecord(value, 'sale', warnings);
  return {
    sale: withoutUndefined({
      id: asId(readField(value, 'id')) ?? '',
      status: record.read('status', normalizeStatus),
      stageId: stageIdOf(readField(value, 'stage')),
      activities: withUniqueIds(
        record.read('activities', listOf(normalizeActivity)),
        'sale.activities',
        warnings,
      ),
      stakeholders: withUniqueIds(
        record.read('stakeholders', listOf(normalizeSectionStakeholder)),
        'sale.stakeholders',
        warnings,
      ),
      quote: record.read('quote', normalizeSectionQuote),
    }),
    warnings,
  };
}
