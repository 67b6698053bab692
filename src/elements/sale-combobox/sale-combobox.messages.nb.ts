/**
 * The Norwegian bokmål texts of `<sale-combobox>`: a chunk of their own, loaded the first
 * time an element speaks Norwegian, so an English page never downloads them. Exactly the keys of
 * the English texts.
 */
import type { SaleComboboxMessageKey } from './sale-combobox.messages.js';

export default {
  'combobox.label': 'Søk',
  'combobox.searching': 'Søker…',
  'combobox.noMatches': 'Ingen treff',
  'combobox.failed': 'Søket mislyktes. Prøv igjen.',
} satisfies Record<SaleComboboxMessageKey, string>;
