/** The event <sale-sections> fires when the user asks to add an activity. */
import type { Id } from '../model/types.js';

export interface SaleActivityAddDetail {
  /** The sale the new activity belongs to. */
  readonly saleId: Id;
}

/** Fired when the user clicks Add on the Activities tab. The host opens its new follow-up dialog. */
export class SaleActivityAddEvent extends CustomEvent<SaleActivityAddDetail> {
  static readonly eventName = 'sale-activity-add';

  constructor(detail: SaleActivityAddDetail) {
    super(SaleActivityAddEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ saleId: detail.saleId }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-activity-add': SaleActivityAddEvent;
  }
}
