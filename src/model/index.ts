/** The DOM-free model: `import { normalizeSale, isOverdue } from 'sales-elements/model'`. */
export * from './types.js';
export * from './status.js';
export * from './dates.js';
export * from './format.js';
export * from './normalize.js';
export * from './overdue.js';
export * from './money.js';
export * from './draft.js';
export * from './filter.js';
export * from './group.js';
export * from './guide.js';
export * from './members.js';
export * from './sections.js';
export * from './sort.js';
export * from './stages.js';
export * from './totals.js';
export * from './validation.js';
