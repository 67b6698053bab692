/**
 * Texts of `<selection-panel>`: English here; Norwegian bokmål in
 * selection-panel.messages.nb.ts, which loads on demand.
 */
import { defineMessages } from '../../i18n/define-messages.js';

/** The English texts, built in: every element ships them, and they stand in for a missing key. */
const en = {
  'selectionPanel.heading': 'Selection members',
  'selectionPanel.search': 'Search title or company',
  'selectionPanel.skipCompleted': 'Skip completed sales',
  'selectionPanel.count.one': '{count} member',
  'selectionPanel.count.other': '{count} members',
  'selectionPanel.countFiltered.one': '{shown} of {count} member',
  'selectionPanel.countFiltered.other': '{shown} of {count} members',
  'selectionPanel.empty': 'No members in this selection',
  'selectionPanel.noMatches': 'No members match',
};

export type SelectionPanelMessageKey = keyof typeof en;

export const selectionPanelMessages = defineMessages({
  en,
  nb: () => import('./selection-panel.messages.nb.js'),
});
