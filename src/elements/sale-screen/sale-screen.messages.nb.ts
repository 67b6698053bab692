/**
 * The Norwegian bokmål texts of `<sale-screen>`: a chunk of their own, loaded the first
 * time an element speaks Norwegian, so an English page never downloads them. Exactly the keys of
 * the English texts.
 */
import type { SaleScreenMessageKey } from './sale-screen.messages.js';

export default {
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
  'screen.reason.conflict':
    'Noen andre endret dette salget etter at du åpnet det, så endringene dine ble ikke lagret. Lagre igjen for å erstatte deres versjon av feltene du endret.',
  'screen.reason.unreachable': 'Fikk ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.',
  'screen.reason.refused': 'Serveren svarte: {detail}',
  'screen.reason.badAnswer': 'Svaret fra serveren kunne ikke leses. Prøv igjen, eller spør administratoren.',
} satisfies Record<SaleScreenMessageKey, string>;
