/** The event <sale-sections> fires when the user removes a stakeholder. */
import type { Id } from '../model/types.js';

export interface SaleStakeholderRemoveDetail {
  /** The stakeholder's id. */
  readonly id: Id;
}

/** Fired after the user confirmed removing a stakeholder (never without the confirmation). The host removes it and sets the updated `sale`. */
export class SaleStakeholderRemoveEvent extends CustomEvent<SaleStakeholderRemoveDetail> {
  static readonly eventName = 'sale-stakeholder-remove';

  constructor(detail: SaleStakeholderRemoveDetail) {
    super(SaleStakeholderRemoveEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ id: detail.id }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-stakeholder-remove': SaleStakeholderRemoveEvent;
  }
}
