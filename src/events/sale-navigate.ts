export const SALE_NAVIGATE_DIRECTIONS = ['previous', 'next'] as const;
export type SaleNavigateDirection = (typeof SALE_NAVIGATE_DIRECTIONS)[number];

/** The user asked for the previous or next sale (after saving or discarding any unsaved changes). */
export interface SaleNavigateDetail {
  /** Which way the user wants to go in the host's current set of sales. */
  readonly direction: SaleNavigateDirection;
}

/** The user asked for the previous or next sale (after saving or discarding any unsaved changes). */
export class SaleNavigateEvent extends CustomEvent<SaleNavigateDetail> {
  static readonly eventName = 'sale-navigate';

  constructor(detail: SaleNavigateDetail) {
    super(SaleNavigateEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ direction: detail.direction }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-navigate': SaleNavigateEvent;
  }
}
