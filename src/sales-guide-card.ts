/** Registers `<sales-guide-card>`: `import 'sales-elements/sales-guide-card.js'`. */
import { define } from './define.js';
import { SalesGuideCard } from './elements/sales-guide-card/sales-guide-card.js';

define('sales-guide-card', SalesGuideCard);

export { SalesGuideCard };
export {
  GUIDE_STEP_ACTIONS,
  SaleGuideStepEvent,
  type GuideStepAction,
  type SaleGuideStepDetail,
} from './events/sale-guide-step.js';
export { SaleStageChangeEvent, type SaleStageChangeDetail } from './events/sale-stage-change.js';
