/**
 * The Norwegian bokmål texts of `<selection-panel>`: a chunk of their own, loaded the first
 * time an element speaks Norwegian, so an English page never downloads them. Exactly the keys of
 * the English texts.
 */
import type { SelectionPanelMessageKey } from './selection-panel.messages.js';

export default {
  'selectionPanel.heading': 'Utvalgsmedlemmer',
  'selectionPanel.search': 'Søk i tittel eller firma',
  'selectionPanel.skipCompleted': 'Hopp over utførte salg',
  'selectionPanel.count.one': '{count} medlem',
  'selectionPanel.count.other': '{count} medlemmer',
  'selectionPanel.countFiltered.one': '{shown} av {count} medlem',
  'selectionPanel.countFiltered.other': '{shown} av {count} medlemmer',
  'selectionPanel.empty': 'Ingen medlemmer i dette utvalget',
  'selectionPanel.noMatches': 'Ingen medlemmer passer',
} satisfies Record<SelectionPanelMessageKey, string>;
