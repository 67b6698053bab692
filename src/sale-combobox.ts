/**
 * Registers `<sale-combobox>` on its own: `import 'sales-elements/sale-combobox.js'`. A
 * `<sale-card>` does not need this: it loads the combobox itself once the host gives it a `lookup`.
 */
import { define } from './define.js';
import { SaleCombobox } from './elements/sale-combobox/sale-combobox.js';

define('sale-combobox', SaleCombobox);

export { SaleCombobox };
export type { Lookup, LookupContext, LookupKind, LookupResult } from './model/lookup.js';
export * from './events/sale-combobox-change.js';
