/**
 * Registers `<sale-screen>` and everything it renders (`<selection-panel>`, `<sale-card>`,
 * `<sale-sections>` and theirs), and starts their idle-time preparation:
 * `import 'sales-elements/sale-screen.js'`.
 */
import { define } from './define.js';
import { SaleScreen } from './elements/sale-screen/sale-screen.js';
import './selection-panel.js';
import './sale-card.js';
import './sale-sections.js';

define('sale-screen', SaleScreen);

export { SaleScreen };
export type {
  GuideStepRequest,
  SalesLists,
  SalesSource,
  SourceErrorCode,
  SourceMethod,
} from './source/sales-source.js';
export { SOURCE_ERROR_CODES, SOURCE_METHODS } from './source/sales-source.js';
export {
  createMemorySource,
  type MemorySourceData,
  type MemorySourceOptions,
} from './source/memory-source.js';
