/** The event <sale-sections> fires when the user opens an activity. */
import type { Id } from '../model/types.js';

export interface SaleActivityOpenDetail {
  /** The activity's id. */
  readonly id: Id;
}

/** Fired when the user presses Enter on an activity row or double-clicks it. The host opens the activity. */
export class SaleActivityOpenEvent extends CustomEvent<SaleActivityOpenDetail> {
  static readonly eventName = 'sale-activity-open';

  constructor(detail: SaleActivityOpenDetail) {
    super(SaleActivityOpenEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ id: detail.id }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-activity-open': SaleActivityOpenEvent;
  }
}
