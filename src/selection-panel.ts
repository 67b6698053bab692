/** Registers `<selection-panel>` (and the `<sale-status-icon>` its rows use): `import 'sales-elements/selection-panel.js'`. */
import { define } from './define.js';
import { SaleStatusIcon } from './elements/sale-status-icon/sale-status-icon.js';
import { SelectionPanel } from './elements/selection-panel/selection-panel.js';

define('sale-status-icon', SaleStatusIcon);
define('selection-panel', SelectionPanel);

export { SelectionPanel };
export { SaleSelectEvent, type SaleSelectDetail } from './events/sale-select.js';
export type { Member, MemberInput } from './model/members.js';
