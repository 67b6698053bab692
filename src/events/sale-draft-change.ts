import type { SaleChanges } from './sale-save.js';

/** Fired after each edit the user makes, so a host can warn before its own navigation. */
export interface SaleDraftChangeDetail {
  /** Whether the draft differs from the sale the host set. */
  readonly dirty: boolean;
  /** The fields the user changed so far, by name; `null` for a cleared field. */
  readonly changes: SaleChanges;
}

/** Fired after each edit the user makes, so a host can warn before its own navigation. */
export class SaleDraftChangeEvent extends CustomEvent<SaleDraftChangeDetail> {
  static readonly eventName = 'sale-draft-change';

  constructor(detail: SaleDraftChangeDetail) {
    super(SaleDraftChangeEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ dirty: detail.dirty, changes: detail.changes }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-draft-change': SaleDraftChangeEvent;
  }
}
