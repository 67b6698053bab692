/**
 * The sales guide as the guide card shows it: which stages are done, current or upcoming, the
 * current stage's steps grouped by kind, whether a stage is complete and which stage comes next.
 * Pure functions; `stageId` may be a number or its text (an attribute), and both match.
 */
import { isAbsent, isList, isRecord, readField, warn } from './normalize-fields.js';
import { normalizeGuide } from './normalize-records.js';
import type { DataWarning, GuideStage, GuideStep, GuideStepKind, Id, SalesGuide } from './types.js';

export const STAGE_POSITIONS = ['done', 'current', 'upcoming'] as const;
/** Where a stage lies relative to the sale's current stage. */
export type StagePosition = (typeof STAGE_POSITIONS)[number];

/** The steps of one stage split by kind: follow-ups (`activity`) and documents. */
export type StepsByKind = Record<GuideStepKind, GuideStep[]>;

/** True when two ids name the same record: `2` and `'2'` do, since attributes are text. */
export function isSameId(a: unknown, b: unknown): boolean {
  return isIdValue(a) && isIdValue(b) && String(a) === String(b);
}

/** An id is text or a finite number; anything else (an object, NaN) names no record. */
const isIdValue = (value: unknown): value is Id =>
  (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));

/**
 * The index of the current stage: the one with `stageId`, else the first stage (a guided sale
 * starts on its first stage). -1 when the guide has no stages.
 */
export function currentStageIndex(guide: SalesGuide, stageId: Id | null | undefined): number {
  if (guide.stages.length === 0) return -1;
  const index = guide.stages.findIndex((stage) => isSameId(stage.stageId, stageId));
  return index < 0 ? 0 : index;
}

/**
 * The position of every stage, in guide order. A finished guide (the sale is sold or lost) has
 * every stage done.
 */
export function stagePositions(
  guide: SalesGuide,
  stageId: Id | null | undefined,
  finished = false,
): StagePosition[] {
  const current = currentStageIndex(guide, stageId);
  return guide.stages.map((_stage, index) => {
    if (finished || index < current) return 'done';
    return index === current ? 'current' : 'upcoming';
  });
}

/** The stage's steps split into follow-ups and documents, each in guide order. */
export function stepsByKind(stage: GuideStage): StepsByKind {
  const groups: StepsByKind = { activity: [], document: [] };
  for (const step of stage.steps) groups[step.kind].push(step);
  return groups;
}

/**
 * True when the stage has steps and every one is done. A stage without steps is not "complete":
 * nothing was done in it, so there is nothing to offer moving on for.
 */
export function isStageComplete(stage: GuideStage): boolean {
  return stage.steps.length > 0 && stage.steps.every((step) => step.done === true);
}

/** The stage after the one with `stageId` (or after the first, when `stageId` matches none). */
export function nextStage(guide: SalesGuide, stageId: Id | null | undefined): GuideStage | undefined {
  const current = currentStageIndex(guide, stageId);
  return current < 0 ? undefined : guide.stages[current + 1];
}

/**
 * Any host value as a guide the card can show, with the problems found. On top of `normalizeGuide`
 * it reports what that function quietly treats as empty: missing `stages`, and stages without
 * `steps`. `undefined` is "no guide yet" and not a problem; `null` and other values are.
 */
export function readGuide(value: unknown, field = 'guide'): { guide?: SalesGuide; warnings: DataWarning[] } {
  const warnings: DataWarning[] = [];
  if (value === undefined) return { warnings };
  if (value === null) {
    warn(warnings, field, 'expected a sales guide { id, name, stages }, got null; no guide shown');
    return { warnings };
  }
  const guide = normalizeGuide(value, field, warnings);
  if (!guide) return { warnings };
  const stages = readField(value as object, 'stages');
  if (isAbsent(stages)) {
    warn(warnings, `${field}.stages`, 'missing; the guide has no stages to show');
  } else if (isList(stages) && guide.stages.length === 0) {
    warn(warnings, `${field}.stages`, 'no usable stages; the guide has nothing to show');
  }
  const count = isList(stages) ? readField(stages, 'length') : 0;
  if (isList(stages) && typeof count === 'number') {
    for (let index = 0; index < count; index++) {
      const stage = readField(stages, index);
      if (isRecord(stage) && isAbsent(readField(stage, 'steps'))) {
        warn(warnings, `${field}.stages[${index}].steps`, 'missing; the stage shows no steps');
      }
    }
  }
  return { guide, warnings };
}
