/** The event <sale-sections> fires when the user opens the sale's quote. */
import type { Id } from '../model/types.js';

export interface SaleQuoteOpenDetail {
  /** The quote's id. */
  readonly id: Id;
}

/** Fired when the user clicks Open on the Quote tab. The host opens the quote. */
export class SaleQuoteOpenEvent extends CustomEvent<SaleQuoteOpenDetail> {
  static readonly eventName = 'sale-quote-open';

  constructor(detail: SaleQuoteOpenDetail) {
    super(SaleQuoteOpenEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ id: detail.id }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-quote-open': SaleQuoteOpenEvent;
  }
}
