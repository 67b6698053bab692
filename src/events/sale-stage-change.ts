/** The event `<sales-guide-card>` fires when the user picks a stage of the sales guide. */
import type { Id } from '../model/types.js';

export interface SaleStageChangeDetail {
  /** The guide stage the user picked (earlier, later or the next one offered by auto-advance). */
  readonly stageId: Id;
}

/**
 * Fired when the user picks another stage in the stage bar or accepts the auto-advance offer; never
 * when the host sets `stageId`. The host moves the sale and sets the new `stageId`.
 */
export class SaleStageChangeEvent extends CustomEvent<SaleStageChangeDetail> {
  static readonly eventName = 'sale-stage-change';

  constructor(detail: SaleStageChangeDetail) {
    super(SaleStageChangeEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ stageId: detail.stageId }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-stage-change': SaleStageChangeEvent;
  }
}
