/** The event `<sale-tabs>` fires when the user picks another tab. */

export interface SaleTabChangeDetail {
  /** The id of the tab the user picked. */
  readonly id: string;
  /** The id of the tab that was selected before. */
  readonly previous: string;
}

/**
 * Fired when the user selects a tab by click or key; never when the host sets `selected`.
 * Cancelable: `preventDefault()` keeps the previous tab (for example while a draft is unsaved).
 * When it is not cancelled, `sale-tab-changed` follows once the selection has moved.
 */
export class SaleTabChangeEvent extends CustomEvent<SaleTabChangeDetail> {
  static readonly eventName = 'sale-tab-change';

  constructor(detail: SaleTabChangeDetail) {
    super(SaleTabChangeEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: Object.freeze({ id: detail.id, previous: detail.previous }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-tab-change': SaleTabChangeEvent;
  }
}
