/**
 * The Norwegian bokmål texts of `<sale-sections>` and its cards: a chunk of their own, loaded the first
 * time an element speaks Norwegian, so an English page never downloads them. Exactly the keys of
 * the English texts.
 */
import type { SaleSectionsMessageKey } from './sale-sections.messages.js';

export default {
  'sections.label': 'Salgsdetaljer',
  'sections.activities': 'Aktiviteter',
  'sections.guide': 'Salgsguide',
  'sections.stakeholders': 'Interessenter',
  'sections.quote': 'Tilbud',
  'activities.completed': 'Fullført',
  'activities.completedFor': 'Fullført: {title}',
  'activities.date': 'Dato',
  'activities.type': 'Type',
  'activities.description': 'Beskrivelse',
  'activities.company': 'Firma',
  'activities.contact': 'Kontakt',
  'activities.owner': 'Eier',
  'activities.add': 'Legg til aktivitet',
  'activities.empty': 'Ingen aktiviteter.',
  'stakeholders.company': 'Firma',
  'stakeholders.contact': 'Kontakt',
  'stakeholders.role': 'Rolle',
  'stakeholders.email': 'E-post',
  'stakeholders.phone': 'Telefon',
  'stakeholders.comment': 'Kommentar: {comment}',
  'stakeholders.edit': 'Rediger',
  'stakeholders.editFor': 'Rediger {name}',
  'stakeholders.remove': 'Fjern',
  'stakeholders.removeFor': 'Fjern {name}',
  'stakeholders.add': 'Legg til interessent',
  'stakeholders.empty': 'Ingen interessenter.',
  'stakeholders.confirm': 'Fjerne {name} fra interessentene i dette salget?',
  'stakeholders.cancel': 'Avbryt',
  'quote.none': 'Dette salget har ikke noe tilbud.',
  'quote.closed': 'Tilbud lages bare for salg som ikke er solgt eller tapt.',
  'quote.create': 'Opprett et nytt tilbud',
  'quote.number': 'Nummer',
  'quote.version': 'Versjon',
  'quote.status': 'Status',
  'quote.total': 'Totalt',
  'quote.validUntil': 'Gyldig til',
  'quote.open': 'Åpne tilbud',
} satisfies Record<SaleSectionsMessageKey, string>;
