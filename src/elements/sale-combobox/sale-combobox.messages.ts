/** The texts `<sale-combobox>` shows, in English and Norwegian bokmål. */
import { defineMessages } from '../../i18n/messages.js';

export const saleComboboxMessages = defineMessages({
  en: {
    'combobox.label': 'Search',
    'combobox.searching': 'Searching…',
    'combobox.noMatches': 'No matches',
    'combobox.failed': 'The search failed. Try again.',
  },
  nb: {
    'combobox.label': 'Søk',
    'combobox.searching': 'Søker…',
    'combobox.noMatches': 'Ingen treff',
    'combobox.failed': 'Søket mislyktes. Prøv igjen.',
  },
});
