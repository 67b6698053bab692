/** Registers every element and re-exports their classes, the model and the i18n hooks. */
export * from './sale-status-icon.js';
export * from './sale-tabs.js';
export * from './sale-card.js';
export * from './sale-combobox.js';
// The card's tab ids: sales-elements/jsx imports every export of the card's module from here.
export { SALE_CARD_TABS } from './elements/sale-card/card-tabs.js';
export * from './selection-panel.js';
export * from './sale-list.js';
export * from './sales-guide-card.js';
export * from './sale-sections.js';
export * from './sale-screen.js';
export * from './model/index.js';
export {
  registerMessages,
  languageOf,
  type Language,
  type MessageKey,
  type Messages,
} from './i18n/messages.js';
export { define } from './define.js';
