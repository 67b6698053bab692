/** The event <sale-sections> fires when the user ticks or clears an activity's Completed checkbox. */
import type { Id } from '../model/types.js';

export interface SaleActivityCompleteDetail {
  /** The activity's id. */
  readonly id: Id;
  /** The new state: `true` completed, `false` not. */
  readonly done: boolean;
}

/** Fired when the user changes the Completed checkbox of an activity; never when the host sets `sale`. The host saves it and sets the updated `sale`. */
export class SaleActivityCompleteEvent extends CustomEvent<SaleActivityCompleteDetail> {
  static readonly eventName = 'sale-activity-complete';

  constructor(detail: SaleActivityCompleteDetail) {
    super(SaleActivityCompleteEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ id: detail.id, done: detail.done }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-activity-complete': SaleActivityCompleteEvent;
  }
}
