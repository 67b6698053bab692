/** Texts of `<sale-screen>` in every shipped language. */
import { defineMessages } from '../../i18n/messages.js';

export const saleScreenMessages = defineMessages({
  en: {
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
  },
  nb: {
    'screen.newSale': 'Nytt salg',
    'screen.members': 'Utvalgsmedlemmer',
    'screen.sale': 'Salg',
    'screen.retry': 'Prøv igjen',
    'screen.dismiss': 'Lukk',
    'screen.noSource': 'Ingen datakilde er koblet til.',
    'screen.membersFailed': 'Utvalget kunne ikke lastes: {message}',
    'screen.saleFailed': 'Salget kunne ikke lastes: {message}',
    'screen.saveFailed': 'Salget kunne ikke lagres.',
    'screen.favouriteFailed': 'Favoritten kunne ikke endres: {message}',
    'screen.deleteFailed': 'Salget kunne ikke slettes: {message}',
    'screen.guideFailed': 'Salgsguiden kunne ikke oppdateres: {message}',
    'screen.stagePending': 'Fasen {stage} lagres sammen med de andre endringene dine.',
    'screen.unknownError': 'noe gikk galt',
  },
});

export type SaleScreenMessageKey = keyof (typeof saleScreenMessages)['en'];
