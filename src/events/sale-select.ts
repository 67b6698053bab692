/** The event `<selection-panel>` fires when the user picks a member of the selection. */
import type { Id } from '../model/types.js';

export interface SaleSelectDetail {
  /** The id of the member (sale) the user picked. */
  readonly id: Id;
  /** Where that member sits in the panel's `members` list. */
  readonly index: number;
}

/**
 * Fired when the user selects a member by click, Enter or Space; never when the host sets
 * `selected`. Cancelable: `preventDefault()` keeps the previous selection (for example while the
 * card has unsaved changes).
 */
export class SaleSelectEvent extends CustomEvent<SaleSelectDetail> {
  static readonly eventName = 'sale-select';

  constructor(detail: SaleSelectDetail) {
    super(SaleSelectEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: Object.freeze({ id: detail.id, index: detail.index }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-select': SaleSelectEvent;
  }
}
