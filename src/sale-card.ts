/** Registers `<sale-card>` (and the `<sale-tabs>` and `<sale-status-icon>` it uses): `import 'sales-elements/sale-card.js'`. */
import { define } from './define.js';
import { SaleCard } from './elements/sale-card/sale-card.js';

define('sale-card', SaleCard);

export { SaleCard };
export type { SaleCardTab, SalePosition, SaleReasons } from './elements/sale-card/sale-card.js';
export * from './events/sale-delete.js';
export * from './events/sale-draft-change.js';
export * from './events/sale-favourite-change.js';
export * from './events/sale-link-open.js';
export * from './events/sale-navigate.js';
export * from './events/sale-print.js';
export * from './events/sale-save.js';
export * from './events/sale-skip-completed-change.js';
