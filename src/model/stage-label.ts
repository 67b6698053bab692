/**
 * What a sale's Stage shows, defined once for every element: the card's Stage field, and the sales
 * list's Stage column with its sorting and grouping. An open or stalled sale shows its stage. A sold
 * or lost sale shows its status (Sold / Lost), the choice that closed it in the card's Stage list;
 * the stage it had at closing stays in the data but is not shown. Sorting and grouping follow what
 * is shown: open stages by probability (the pipeline order), then Sold, then Lost.
 *
 * Reads the host's objects as given (the list sorts and groups unnormalized sales, for speed), so
 * the status must be the exact text `sold` or `lost`.
 */
import type { Sale } from './types.js';

/** A status that closes a sale, which its Stage then shows. */
export type ClosedStatus = 'sold' | 'lost';

/**
 * Where closed sales sort among the stages. Stage probabilities run from 0 to 100, so Sold and Lost
 * come after every open stage (and sold before lost, as the card's Stage list offers them).
 */
export const CLOSED_STAGE_RANK: Readonly<Record<ClosedStatus, number>> = Object.freeze({
  sold: 1000,
  lost: 1001,
});

/** `sold` or `lost` when the sale is closed, else undefined. */
export function closedStatusOf(sale: Pick<Sale, 'status'> | null | undefined): ClosedStatus | undefined {
  if (!sale || typeof sale !== 'object') return undefined;
  const status: unknown = sale.status;
  return status === 'sold' || status === 'lost' ? status : undefined;
}

/** The name of the sale's stage, when it has a usable one. */
function stageNameOf(sale: Pick<Sale, 'stage'> | null | undefined): string | undefined {
  const stage: unknown = sale?.stage;
  if (!stage || typeof stage !== 'object') return undefined;
  const name: unknown = (stage as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}

/**
 * The Stage as text: the stage's name, or `statusText(status)` (the element's "Sold" / "Lost" in the
 * user's language) for a closed sale; undefined when there is nothing to show.
 */
export function stageText(
  sale: Pick<Sale, 'status' | 'stage'> | null | undefined,
  statusText: (status: ClosedStatus) => string,
): string | undefined {
  const closed = closedStatusOf(sale);
  return closed ? statusText(closed) : stageNameOf(sale);
}

/** The pipeline rank of a stage or closed sale: the stage's probability, or `CLOSED_STAGE_RANK`. */
export function stageRank(sale: Pick<Sale, 'status' | 'stage'> | null | undefined): number | undefined {
  const closed = closedStatusOf(sale);
  if (closed) return CLOSED_STAGE_RANK[closed];
  const stage: unknown = sale?.stage;
  if (!stage || typeof stage !== 'object') return undefined;
  const probability: unknown = (stage as { probability?: unknown }).probability;
  return typeof probability === 'number' && Number.isFinite(probability) ? probability : undefined;
}
