/** Registers `<sale-tabs>`: `import 'sales-elements/sale-tabs.js'`. */
import { define } from './define.js';
import { SaleTabs } from './elements/sale-tabs/sale-tabs.js';

define('sale-tabs', SaleTabs);

export { SaleTabs };
export { TAB_ACTIVATIONS, type TabActivation, type TabDefinition } from './elements/sale-tabs/sale-tabs.js';
export { SaleTabChangeEvent, type SaleTabChangeDetail } from './events/sale-tab-change.js';
export { SaleTabChangedEvent, type SaleTabChangedDetail } from './events/sale-tab-changed.js';
