/**
 * Texts of `<sale-tabs>`: English here; Norwegian bokmål in
 * sale-tabs.messages.nb.ts, which loads on demand.
 */
import { defineMessages } from '../../i18n/define-messages.js';

/** The English texts, built in: every element ships them, and they stand in for a missing key. */
const en = { 'tabs.hasContent': 'has content' };

export type SaleTabsMessageKey = keyof typeof en;

export const saleTabsMessages = defineMessages({ en, nb: () => import('./sale-tabs.messages.nb.js') });
