/** The event `<sales-guide-card>` fires when the user acts on a step of the sales guide. */
import type { Id } from '../model/types.js';

export const GUIDE_STEP_ACTIONS = ['create', 'complete', 'reopen'] as const;
/** `create`: open the prefilled follow-up or document dialog. `complete` / `reopen`: the checkbox. */
export type GuideStepAction = (typeof GUIDE_STEP_ACTIONS)[number];

export interface SaleGuideStepDetail {
  /** The guide stage the step belongs to. */
  readonly stageId: Id;
  /** The step's id. */
  readonly stepId: Id;
  readonly action: GuideStepAction;
}

/**
 * Fired when the user clicks a step's Create button or its checkbox; never when the host sets
 * properties. The host creates or updates the activity or document and sets the new `guide`.
 */
export class SaleGuideStepEvent extends CustomEvent<SaleGuideStepDetail> {
  static readonly eventName = 'sale-guide-step';

  constructor(detail: SaleGuideStepDetail) {
    super(SaleGuideStepEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({ stageId: detail.stageId, stepId: detail.stepId, action: detail.action }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-guide-step': SaleGuideStepEvent;
  }
}
