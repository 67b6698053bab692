/** The user toggled "Skip completed sales" in the task menu. */
export interface SaleSkipCompletedChangeDetail {
  /** Whether completed sales should now be skipped by Previous and Next. */
  readonly value: boolean;
}

/** The user toggled "Skip completed sales" in the task menu. */
export class SaleSkipCompletedChangeEvent extends CustomEvent<SaleSkipCompletedChangeDetail> {
  static readonly eventName = 'sale-skip-completed-change';

  constructor(detail: SaleSkipCompletedChangeDetail) {
    super(SaleSkipCompletedChangeEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ value: detail.value }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-skip-completed-change': SaleSkipCompletedChangeEvent;
  }
}
