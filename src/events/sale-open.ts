/** The event `<sale-list>` fires when the user opens a sale (Enter or double-click on its row). */
import type { Id } from '../model/types.js';

export interface SaleOpenDetail {
  /** The id of the sale to open. */
  readonly id: Id;
}

/** Fired on Enter or double-click on a sale's row; the host shows the sale. */
export class SaleOpenEvent extends CustomEvent<SaleOpenDetail> {
  static readonly eventName = 'sale-open';

  constructor(detail: SaleOpenDetail) {
    super(SaleOpenEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ id: detail.id }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-open': SaleOpenEvent;
  }
}
