/** Registers `<sale-list>`: `import 'sales-elements/sale-list.js'`. */
import { define } from './define.js';
import { SaleList } from './elements/sale-list/sale-list.js';
import { rehearseWhenIdle } from './prepare/rehearse.js';
import { saleListRehearsal } from './prepare/sale-list-rehearsal.js';
import { warmUpCollationWhenIdle, warmUpFormattingWhenIdle } from './prepare/warm-up.js';

define('sale-list', SaleList);
// Money and dates show on the first render, groups are ordered by name, and the first list of a
// page would pay for preparing every template and style: do all of it while the page is idle.
warmUpFormattingWhenIdle();
warmUpCollationWhenIdle();
rehearseWhenIdle(SaleList, saleListRehearsal);

export { SaleList };
export type { SaleListContext } from './elements/sale-list/sale-list.js';
export { SaleOpenEvent, type SaleOpenDetail } from './events/sale-open.js';
export { SaleListStateChangeEvent, type SaleListStateChangeDetail } from './events/sale-list-state-change.js';
export type { GridSort, SortDirection } from './grid/types.js';
export type { SaleFilter } from './model/filter.js';
export type { GroupBy } from './model/group.js';
