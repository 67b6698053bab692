/** The texts `<selection-panel>` shows, in English and Norwegian bokmål. */
import { defineMessages } from '../../i18n/messages.js';

export const selectionPanelMessages = defineMessages({
  en: {
    'selectionPanel.heading': 'Selection members',
    'selectionPanel.search': 'Search title or company',
    'selectionPanel.skipCompleted': 'Skip completed sales',
    'selectionPanel.count.one': '{count} member',
    'selectionPanel.count.other': '{count} members',
    'selectionPanel.countFiltered.one': '{shown} of {count} member',
    'selectionPanel.countFiltered.other': '{shown} of {count} members',
    'selectionPanel.empty': 'No members in this selection',
    'selectionPanel.noMatches': 'No members match',
  },
  nb: {
    'selectionPanel.heading': 'Utvalgsmedlemmer',
    'selectionPanel.search': 'Søk i tittel eller firma',
    'selectionPanel.skipCompleted': 'Hopp over utførte salg',
    'selectionPanel.count.one': '{count} medlem',
    'selectionPanel.count.other': '{count} medlemmer',
    'selectionPanel.countFiltered.one': '{shown} av {count} medlem',
    'selectionPanel.countFiltered.other': '{shown} av {count} medlemmer',
    'selectionPanel.empty': 'Ingen medlemmer i dette utvalget',
    'selectionPanel.noMatches': 'Ingen medlemmer passer',
  },
});

export type SelectionPanelMessageKey = keyof typeof selectionPanelMessages.en;
