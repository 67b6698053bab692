/** The event <sale-sections> fires when the user asks to add stakeholders. */
import type { Id } from '../model/types.js';

export interface SaleStakeholderAddDetail {
  /** The sale to add stakeholders to. */
  readonly saleId: Id;
}

/** Fired when the user clicks Add on the Stakeholders tab. The host opens its stakeholder dialog. */
export class SaleStakeholderAddEvent extends CustomEvent<SaleStakeholderAddDetail> {
  static readonly eventName = 'sale-stakeholder-add';

  constructor(detail: SaleStakeholderAddDetail) {
    super(SaleStakeholderAddEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ saleId: detail.saleId }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-stakeholder-add': SaleStakeholderAddEvent;
  }
}
