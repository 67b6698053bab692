/** The event `<sale-tabs>` fires once a tab the user picked has become the selected one. */

export interface SaleTabChangedDetail {
  /** The id of the tab that is now selected. */
  readonly id: string;
  /** The id of the tab that was selected before. */
  readonly previous: string;
}

/**
 * Fired after a user's pick took effect: `sale-tab-change` was not cancelled and `selected` now
 * names the picked tab. Not cancelable; never fired when the host sets `selected`. Listen to this
 * one to follow the selection, so there is no need to wait and see whether a change was cancelled.
 */
export class SaleTabChangedEvent extends CustomEvent<SaleTabChangedDetail> {
  static readonly eventName = 'sale-tab-changed';

  constructor(detail: SaleTabChangedDetail) {
    super(SaleTabChangedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ id: detail.id, previous: detail.previous }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-tab-changed': SaleTabChangedEvent;
  }
}
