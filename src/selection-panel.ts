/** Registers `<selection-panel>` (and the `<sale-status-icon>` its rows use): `import 'sales-elements/selection-panel.js'`. */
import { define } from './define.js';
import { SaleStatusIcon } from './elements/sale-status-icon/sale-status-icon.js';
import { SelectionPanel } from './elements/selection-panel/selection-panel.js';
import { warmUpFormattingWhenIdle } from './prepare/warm-up.js';

define('sale-status-icon', SaleStatusIcon);
define('selection-panel', SelectionPanel);
// Money and dates show on the first render: load the locale data while the page is idle.
warmUpFormattingWhenIdle();

export { SelectionPanel };
export { SaleSelectEvent, type SaleSelectDetail } from './events/sale-select.js';
export type { Member, MemberInput } from './model/members.js';
