import type { Sale } from '../model/types.js';

/** The user confirmed Delete in the confirmation dialog. The host deletes the sale and moves on. */
export interface SaleDeleteDetail {
  /** The sale as the host last set it (not the unsaved draft). */
  readonly sale: Sale;
}

/** The user confirmed Delete in the confirmation dialog. The host deletes the sale and moves on. */
export class SaleDeleteEvent extends CustomEvent<SaleDeleteDetail> {
  static readonly eventName = 'sale-delete';

  constructor(detail: SaleDeleteDetail) {
    super(SaleDeleteEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ sale: detail.sale }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-delete': SaleDeleteEvent;
  }
}
