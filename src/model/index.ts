/** The DOM-free model: `import { normalizeSale, isOverdue } from 'sales-elements/model'`. */
export * from './types.js';
export * from './status.js';
export * from './dates.js';
export * from './format.js';
export * from './normalize.js';
export * from './overdue.js';
export * from './money.js';
