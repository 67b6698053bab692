/** Registers `<sale-list>`: `import 'sales-elements/sale-list.js'`. */
import { define } from './define.js';
import { SaleList } from './elements/sale-list/sale-list.js';

define('sale-list', SaleList);

export { SaleList };
export type { SaleListContext } from './elements/sale-list/sale-list.js';
export { SaleOpenEvent, type SaleOpenDetail } from './events/sale-open.js';
export { SaleListStateChangeEvent, type SaleListStateChangeDetail } from './events/sale-list-state-change.js';
export type { GridSort, SortDirection } from './grid/types.js';
export type { SaleFilter } from './model/filter.js';
export type { GroupBy } from './model/group.js';
