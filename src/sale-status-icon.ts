/** Registers `<sale-status-icon>`: `import 'sales-elements/sale-status-icon.js'`. */
import { define } from './define.js';
import { SaleStatusIcon } from './elements/sale-status-icon/sale-status-icon.js';

define('sale-status-icon', SaleStatusIcon);

export { SaleStatusIcon };
