import type { Sale } from '../model/types.js';

/** The user chose Print. Cancelable: `preventDefault()` stops the card from opening the browser's print dialog. */
export interface SalePrintDetail {
  /** The sale as shown (the draft while editing). */
  readonly sale: Sale;
}

/** The user chose Print. Cancelable: `preventDefault()` stops the card from opening the browser's print dialog. */
export class SalePrintEvent extends CustomEvent<SalePrintDetail> {
  static readonly eventName = 'sale-print';

  constructor(detail: SalePrintDetail) {
    super(SalePrintEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: Object.freeze({ sale: detail.sale }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-print': SalePrintEvent;
  }
}
