/**
 * React wrappers (`@lit/react`) of every element, for React 18 (which sets every JSX prop as an
 * attribute) and for lazy loading: `import { SaleCard } from 'sales-elements/react'`. Each wrapper
 * sets records and lists as properties and takes `onSaleSave`-style event props typed with our
 * event classes; importing one registers its element. `react` is an optional peer dependency.
 */
export { SaleStatusIcon } from './sale-status-icon.js';
export { SaleTabs } from './sale-tabs.js';
export { SaleCard } from './sale-card.js';
export { SaleCombobox } from './sale-combobox.js';
export { SelectionPanel } from './selection-panel.js';
export { SaleList } from './sale-list.js';
export { SalesGuideCard } from './sales-guide-card.js';
export { SaleSections } from './sale-sections.js';
export { SaleScreen } from './sale-screen.js';
