/**
 * The sale date while the user moves a sale between open and closed in the Stage list. Sold or Lost
 * dates the sale today; picking an open stage again gives back the date the sale had before, so a
 * round trip the user did not mean as a date change does not change the date.
 */
import { chooseStage } from './stages.js';
import type { Sale, Stage } from './types.js';

/** What closing replaced: the date before, and the date closing set. */
export interface ClosingDate {
  readonly before?: string;
  readonly set?: string;
}

const isClosed = (sale: Pick<Sale, 'status'>) => sale.status === 'sold' || sale.status === 'lost';

/**
 * The sale after the user picks `choice` from the Stage list (see `chooseStage`), and what to
 * remember for the next pick. Reopening restores the date from before closing, unless the user
 * changed the date while the sale was closed.
 */
export function chooseStageKeepingDate<T extends Sale>(
  sale: T,
  choice: string,
  options: readonly Stage[],
  today: string,
  remembered: ClosingDate | undefined,
): { sale: T; remembered: ClosingDate | undefined } {
  const next = chooseStage(sale, choice, options, today);
  if (!isClosed(sale) && isClosed(next)) {
    return { sale: next, remembered: { before: sale.saleDate, set: next.saleDate } };
  }
  if (isClosed(sale) && !isClosed(next) && remembered && next.saleDate === remembered.set) {
    const reopened: T = { ...next };
    if (remembered.before === undefined) delete reopened.saleDate;
    else reopened.saleDate = remembered.before;
    return { sale: reopened, remembered: undefined };
  }
  return { sale: next, remembered: isClosed(next) ? remembered : undefined };
}
