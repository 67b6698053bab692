/**
 * The Norwegian bokmål texts of `<sale-tabs>`: a chunk of their own, loaded the first
 * time an element speaks Norwegian, so an English page never downloads them. Exactly the keys of
 * the English texts.
 */
import type { SaleTabsMessageKey } from './sale-tabs.messages.js';

export default {
  'tabs.hasContent': 'har innhold',
} satisfies Record<SaleTabsMessageKey, string>;
