/** The event <sale-sections> fires when the user asks for a new quote. */
import type { Id } from '../model/types.js';

export interface SaleQuoteCreateDetail {
  /** The sale the quote is for. */
  readonly saleId: Id;
}

/** Fired when the user clicks "Create a new quote" on the Quote tab of a sale without one. The host creates the quote. */
export class SaleQuoteCreateEvent extends CustomEvent<SaleQuoteCreateDetail> {
  static readonly eventName = 'sale-quote-create';

  constructor(detail: SaleQuoteCreateDetail) {
    super(SaleQuoteCreateEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ saleId: detail.saleId }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-quote-create': SaleQuoteCreateEvent;
  }
}
