/**
 * Registers `<sale-sections>` and the `<sale-tabs>` and `<sales-guide-card>` it renders:
 * `import 'sales-elements/sale-sections.js'`. Money and dates show on the first render, so the
 * page's locale data loads while the page is idle.
 */
import { define } from './define.js';
import { SaleSections } from './elements/sale-sections/sale-sections.js';
import { warmUpFormattingWhenIdle } from './prepare/warm-up.js';
import './sale-tabs.js';
import './sales-guide-card.js';

define('sale-sections', SaleSections);
warmUpFormattingWhenIdle();

export { SaleSections };
export {
  SECTION_IDS,
  isActivityOverdue,
  readSectionsSale,
  visibleSections,
  type SectionActivity,
  type SectionId,
  type SectionQuote,
  type SectionStakeholder,
  type SectionsSale,
} from './model/sections.js';
export { SaleActivityAddEvent, type SaleActivityAddDetail } from './events/sale-activity-add.js';
export {
  SaleActivityCompleteEvent,
  type SaleActivityCompleteDetail,
} from './events/sale-activity-complete.js';
export { SaleActivityOpenEvent, type SaleActivityOpenDetail } from './events/sale-activity-open.js';
export { SaleQuoteCreateEvent, type SaleQuoteCreateDetail } from './events/sale-quote-create.js';
export { SaleQuoteOpenEvent, type SaleQuoteOpenDetail } from './events/sale-quote-open.js';
export { SaleStakeholderAddEvent, type SaleStakeholderAddDetail } from './events/sale-stakeholder-add.js';
export { SaleStakeholderEditEvent, type SaleStakeholderEditDetail } from './events/sale-stakeholder-edit.js';
export {
  SaleStakeholderRemoveEvent,
  type SaleStakeholderRemoveDetail,
} from './events/sale-stakeholder-remove.js';
