/** Registers `<selection-panel>`: `import 'sales-elements/selection-panel.js'`. */
import { define } from './define.js';
import { SelectionPanel } from './elements/selection-panel/selection-panel.js';

define('selection-panel', SelectionPanel);

export { SelectionPanel };
export { SaleSelectEvent, type SaleSelectDetail } from './events/sale-select.js';
export type { Member, MemberInput } from './model/members.js';
