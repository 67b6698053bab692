/** The event <sale-sections> fires when the user asks to edit a stakeholder. */
import type { Id } from '../model/types.js';

export interface SaleStakeholderEditDetail {
  /** The stakeholder's id. */
  readonly id: Id;
}

/** Fired when the user clicks Edit on a stakeholder. The host opens its dialog for role and comment. */
export class SaleStakeholderEditEvent extends CustomEvent<SaleStakeholderEditDetail> {
  static readonly eventName = 'sale-stakeholder-edit';

  constructor(detail: SaleStakeholderEditDetail) {
    super(SaleStakeholderEditEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ id: detail.id }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-stakeholder-edit': SaleStakeholderEditEvent;
  }
}
