/**
 * Texts of `<sale-screen>`: English here; Norwegian bokmål in
 * sale-screen.messages.nb.ts, which loads on demand.
 */
import { defineMessages } from '../../i18n/define-messages.js';
import { saleCardMessages } from '../sale-card/sale-card.messages.js';
import { selectionPanelMessages } from '../selection-panel/selection-panel.messages.js';
import { saleSectionsMessages } from '../sale-sections/sale-sections.messages.js';

/** The English texts, built in: every element ships them, and they stand in for a missing key. */
const en = {
  'screen.newSale': 'New sale',
  'screen.members': 'Selection members',
  'screen.sale': 'Sale',
  'screen.retry': 'Retry',
  'screen.dismiss': 'Dismiss',
  'screen.noSource': 'No data source is connected.',
  'screen.membersFailed': 'The selection could not be loaded: {message}',
  'screen.saleFailed': 'The sale could not be loaded: {message}',
  'screen.saveFailed': 'The sale could not be saved.',
  'screen.favouriteFailed': 'The favourite could not be changed: {message}',
  'screen.deleteFailed': 'The sale could not be deleted: {message}',
  'screen.guideFailed': 'The sales guide could not be updated: {message}',
  'screen.stagePending': 'The stage {stage} is saved with your other changes.',
  'screen.unknownError': 'something went wrong',
  // A source's rejection with a `code` (SourceErrorCode in source/sales-source.ts).
  'screen.reason.conflict':
    'Someone else changed this sale after you opened it, so your changes were not saved. Save again to replace their version of the fields you changed.',
  'screen.reason.unreachable': 'The server could not be reached. Check the connection and try again.',
  'screen.reason.refused': 'The server answered: {detail}',
  'screen.reason.badAnswer': 'The server’s answer could not be read. Try again, or ask your administrator.',
};

export type SaleScreenMessageKey = keyof typeof en;

/** With the texts of the elements it renders, so that they render with it. */
export const saleScreenMessages = defineMessages({ en, nb: () => import('./sale-screen.messages.nb.js') }, [
  saleCardMessages,
  selectionPanelMessages,
  saleSectionsMessages,
]);
