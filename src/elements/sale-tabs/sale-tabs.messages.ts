/** The texts `<sale-tabs>` shows, in English and Norwegian bokmål. */
import { defineMessages } from '../../i18n/messages.js';

export const saleTabsMessages = defineMessages({
  en: { 'tabs.hasContent': 'has content' },
  nb: { 'tabs.hasContent': 'har innhold' },
});
