import type { Sale } from '../model/types.js';
import type { SaleChanges } from './sale-save.js';

/** The host replaced a sale that had unsaved changes without asking `canLeave()` first. */
export interface SaleDraftDiscardDetail {
  /** The draft: the replaced sale as the user had it, with its `id`. */
  readonly sale: Sale;
  /** The fields the user had changed, by name; `null` for a cleared field. */
  readonly changes: SaleChanges;
}

/**
 * The host set another sale (or none) while the shown one had unsaved changes, without asking
 * `canLeave()`: fired just before the new sale shows, so the host can keep or restore the draft.
 */
export class SaleDraftDiscardEvent extends CustomEvent<SaleDraftDiscardDetail> {
  static readonly eventName = 'sale-draft-discard';

  constructor(detail: SaleDraftDiscardDetail) {
    super(SaleDraftDiscardEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ sale: detail.sale, changes: detail.changes }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-draft-discard': SaleDraftDiscardEvent;
  }
}
