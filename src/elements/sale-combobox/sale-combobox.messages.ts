/**
 * Texts of `<sale-combobox>`: English here; Norwegian bokmål in
 * sale-combobox.messages.nb.ts, which loads on demand.
 */
import { defineMessages } from '../../i18n/define-messages.js';

/** The English texts, built in: every element ships them, and they stand in for a missing key. */
const en = {
  'combobox.label': 'Search',
  'combobox.searching': 'Searching…',
  'combobox.noMatches': 'No matches',
  'combobox.failed': 'The search failed. Try again.',
};

export type SaleComboboxMessageKey = keyof typeof en;

export const saleComboboxMessages = defineMessages({
  en,
  nb: () => import('./sale-combobox.messages.nb.js'),
});
