/**
 * Registers `<sale-card>` and the `<sale-tabs>` and `<sale-status-icon>` it renders, and starts its
 * idle-time preparation (locale data, a rehearsal render): `import 'sales-elements/sale-card.js'`.
 * `<sale-combobox>`, which the card renders only when the host gives it a `lookup`, is a chunk of
 * its own that the first such card loads and registers (elements/sale-card/combobox-loader.ts);
 * its class is exported by `sales-elements/sale-combobox.js` and `sales-elements`, not here.
 */
import { define } from './define.js';
import { SaleCard } from './elements/sale-card/sale-card.js';
import { SaleStatusIcon } from './elements/sale-status-icon/sale-status-icon.js';
import { SaleTabs } from './elements/sale-tabs/sale-tabs.js';
import { rehearseWhenIdle } from './prepare/rehearse.js';
import { SALE_CARD_REHEARSAL } from './prepare/sale-card-rehearsal.js';
import { warmUpFormattingWhenIdle } from './prepare/warm-up.js';

define('sale-status-icon', SaleStatusIcon);
define('sale-tabs', SaleTabs);
define('sale-card', SaleCard);
// Money and dates show on the first render: load the locale data while the page is idle.
warmUpFormattingWhenIdle();
// The first card of a page would pay for preparing every template and style: do it while idle.
rehearseWhenIdle(SaleCard, SALE_CARD_REHEARSAL);

export { SaleCard };
export type { SaleCombobox } from './elements/sale-combobox/sale-combobox.js';
export type { Lookup, LookupContext, LookupKind, LookupResult } from './model/lookup.js';
export * from './events/sale-combobox-change.js';
export type { SaleCardTab, SalePosition, SaleReasons } from './elements/sale-card/sale-card.js';
export * from './events/sale-delete.js';
export * from './events/sale-draft-change.js';
export * from './events/sale-draft-discard.js';
export * from './events/sale-favourite-change.js';
export * from './events/sale-link-open.js';
export * from './events/sale-navigate.js';
export * from './events/sale-print.js';
export * from './events/sale-save.js';
export * from './events/sale-skip-completed-change.js';
