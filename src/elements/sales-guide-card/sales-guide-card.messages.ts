/**
 * Texts of `<sales-guide-card>`: English here; Norwegian bokmål in
 * sales-guide-card.messages.nb.ts, which loads on demand.
 */
import { defineMessages } from '../../i18n/define-messages.js';

/** The English texts, built in: every element ships them, and they stand in for a missing key. */
const en = {
  'guide.stages': 'Stages of {guide}',
  'guide.position.done': 'done',
  'guide.position.current': 'current stage',
  'guide.position.upcoming': 'upcoming',
  'guide.followUps': 'Follow-ups',
  'guide.documents': 'Documents',
  'guide.create': 'Create {title}',
  'guide.createShort': 'Create',
  'guide.showAll': 'Show all stages',
  'guide.moveTo': 'Move to {stage}?',
  'guide.allDone': 'Every step of {stage} is done.',
  'guide.yes': 'Yes',
  'guide.no': 'No',
  'guide.none': 'None',
  'guide.step.done': 'done',
  'guide.step.open': 'not done',
  'guide.finished.sold': 'The sale is sold, so the guide is finished.',
  'guide.finished.lost': 'The sale is lost, so the guide is finished.',
  'guide.empty': 'No sales guide to show.',
  'guide.noStages': 'This sales guide has no stages.',
};

export type SalesGuideCardMessageKey = keyof typeof en;

export const salesGuideCardMessages = defineMessages({
  en,
  nb: () => import('./sales-guide-card.messages.nb.js'),
});
