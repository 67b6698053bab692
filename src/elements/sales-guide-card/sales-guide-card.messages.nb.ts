/**
 * The Norwegian bokmål texts of `<sales-guide-card>`: a chunk of their own, loaded the first
 * time an element speaks Norwegian, so an English page never downloads them. Exactly the keys of
 * the English texts.
 */
import type { SalesGuideCardMessageKey } from './sales-guide-card.messages.js';

export default {
  'guide.stages': 'Faser i {guide}',
  'guide.position.done': 'fullført',
  'guide.position.current': 'nåværende fase',
  'guide.position.upcoming': 'kommende',
  'guide.followUps': 'Oppfølginger',
  'guide.documents': 'Dokumenter',
  'guide.create': 'Opprett {title}',
  'guide.createShort': 'Opprett',
  'guide.showAll': 'Vis alle faser',
  'guide.moveTo': 'Gå til {stage}?',
  'guide.allDone': 'Alle trinn i {stage} er utført.',
  'guide.yes': 'Ja',
  'guide.no': 'Nei',
  'guide.none': 'Ingen',
  'guide.step.done': 'utført',
  'guide.step.open': 'ikke utført',
  'guide.finished.sold': 'Salget er solgt, så salgsguiden er avsluttet.',
  'guide.finished.lost': 'Salget er tapt, så salgsguiden er avsluttet.',
  'guide.empty': 'Ingen salgsguide å vise.',
  'guide.noStages': 'Denne salgsguiden har ingen faser.',
} satisfies Record<SalesGuideCardMessageKey, string>;
