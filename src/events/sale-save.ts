import type { FieldChanges } from '../model/draft.js';
import type { Sale } from '../model/types.js';

/** The fields of a sale the user changed; `null` marks a cleared field. */
export type SaleChanges = FieldChanges<Sale>;

/** The user pressed Save (or Save in the unsaved-changes dialog). Answer by setting `sale` (saved) or `error`. */
export interface SaleSaveDetail {
  /** The whole draft: the sale as the user wants it saved. */
  readonly sale: Sale;
  /** Only the fields the user changed, by name; `null` for a cleared field. `{}` when nothing changed. */
  readonly changes: SaleChanges;
}

/** The user pressed Save (or Save in the unsaved-changes dialog). Answer by setting `sale` (saved) or `error`. */
export class SaleSaveEvent extends CustomEvent<SaleSaveDetail> {
  static readonly eventName = 'sale-save';

  constructor(detail: SaleSaveDetail) {
    super(SaleSaveEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ sale: detail.sale, changes: detail.changes }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-save': SaleSaveEvent;
  }
}
