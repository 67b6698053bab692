/**
 * The card's Stage list and what choosing from it does. The list is the sale type's guide stages
 * (or else the stages the host passes) followed by Sold and Lost: picking a stage opens the sale
 * and copies the stage's probability; picking Sold or Lost closes it.
 */
import type { Sale, SaleStatus, SaleType, Stage } from './types.js';

/** The `value` of a Stage choice: `stage:<id>` for a stage, or `sold` / `lost`. */
export type StageChoice = `stage:${string}` | 'sold' | 'lost';

const STAGE_PREFIX = 'stage:';

/** The choice value for a stage. */
export function stageChoiceOf(stage: Pick<Stage, 'id'>): StageChoice {
  return `${STAGE_PREFIX}${String(stage.id)}`;
}

/** The stages a sale type offers: its guide's stages when it has a guide, else `stages`. */
export function stagesFor(saleType: SaleType | undefined, stages: readonly Stage[]): Stage[] {
  const guided = saleType?.guide?.stages;
  if (guided && guided.length > 0) {
    return guided.map((stage) => ({
      id: stage.stageId,
      name: stage.name,
      probability:
        stage.probability ??
        stages.find((known) => String(known.id) === String(stage.stageId))?.probability ??
        0,
    }));
  }
  return [...stages];
}

/**
 * The stages to list for a sale: those of its type, plus its current stage when that is missing
 * from them (a stage the host no longer offers must still show, not silently change on save).
 */
export function stageOptions(sale: Pick<Sale, 'stage' | 'saleType'>, stages: readonly Stage[]): Stage[] {
  const options = stagesFor(sale.saleType, stages);
  const current = sale.stage;
  if (current && !options.some((stage) => String(stage.id) === String(current.id))) options.push(current);
  return options;
}

/** What the Stage list shows as selected for a sale. */
export function currentStageChoice(sale: Pick<Sale, 'status' | 'stage'>): StageChoice | '' {
  if (sale.status === 'sold' || sale.status === 'lost') return sale.status;
  return sale.stage ? stageChoiceOf(sale.stage) : '';
}

/**
 * The sale after the user picks `choice` from the Stage list. A stage opens the sale (a stalled
 * sale stays stalled) and copies the stage's probability; Sold (100 %) and Lost (0 %) close it and
 * date it `today` unless it was already closed. The stage at closing is kept.
 */
export function chooseStage<T extends Sale>(
  sale: T,
  choice: string,
  options: readonly Stage[],
  today: string,
): T {
  if (choice === 'sold' || choice === 'lost') {
    const wasClosed = sale.status === 'sold' || sale.status === 'lost';
    return {
      ...sale,
      status: choice,
      probability: choice === 'sold' ? 100 : 0,
      saleDate: wasClosed && sale.saleDate ? sale.saleDate : today,
    };
  }
  const stage = options.find((option) => stageChoiceOf(option) === choice);
  if (!stage) return sale;
  const status: SaleStatus = sale.status === 'stalled' ? 'stalled' : 'open';
  const next: T = { ...sale, status, stage, probability: stage.probability };
  // Completed only means something for a closed sale; an open one is not completed.
  delete next.done;
  return next;
}

/** The sale after the user ticks or clears Stalled: only an open sale can stall, and back. */
export function setStalled<T extends Sale>(sale: T, stalled: boolean): T {
  if (stalled && sale.status === 'open') return { ...sale, status: 'stalled' };
  if (!stalled && sale.status === 'stalled') {
    const next: T = { ...sale, status: 'open' };
    delete next.reopenDate;
    delete next.stalledReason;
    return next;
  }
  return sale;
}

/**
 * The sale after the user picks another sale type. A guided type starts on its first stage (with
 * its probability), unless the sale is closed.
 */
export function chooseSaleType<T extends Sale>(
  sale: T,
  saleType: SaleType | undefined,
  stages: readonly Stage[],
): T {
  const next: T = { ...sale };
  if (saleType) next.saleType = saleType;
  else delete next.saleType;
  const first = saleType?.guide?.stages.length ? stagesFor(saleType, stages)[0] : undefined;
  if (first && (sale.status === 'open' || sale.status === 'stalled')) {
    next.stage = first;
    next.probability = first.probability;
  }
  return next;
}
