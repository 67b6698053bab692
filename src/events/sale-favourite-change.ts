/** The user toggled the favourite star. It takes effect at once, without Save. */
export interface SaleFavouriteChangeDetail {
  /** Whether the sale is now a favourite. */
  readonly value: boolean;
}

/** The user toggled the favourite star. It takes effect at once, without Save. */
export class SaleFavouriteChangeEvent extends CustomEvent<SaleFavouriteChangeDetail> {
  static readonly eventName = 'sale-favourite-change';

  constructor(detail: SaleFavouriteChangeDetail) {
    super(SaleFavouriteChangeEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ value: detail.value }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-favourite-change': SaleFavouriteChangeEvent;
  }
}
