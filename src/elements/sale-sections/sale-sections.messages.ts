/**
 * Texts of `<sale-sections>` and its cards: English here; Norwegian bokmål in
 * sale-sections.messages.nb.ts, which loads on demand.
 */
import { defineMessages } from '../../i18n/define-messages.js';
import { saleTabsMessages } from '../sale-tabs/sale-tabs.messages.js';
import { salesGuideCardMessages } from '../sales-guide-card/sales-guide-card.messages.js';

/** The English texts, built in: every element ships them, and they stand in for a missing key. */
const en = {
  'sections.label': 'Sale details',
  'sections.activities': 'Activities',
  'sections.guide': 'Sales guide',
  'sections.stakeholders': 'Stakeholders',
  'sections.quote': 'Quote',
  'activities.completed': 'Completed',
  'activities.completedFor': 'Completed: {title}',
  'activities.date': 'Date',
  'activities.type': 'Type',
  'activities.description': 'Description',
  'activities.company': 'Company',
  'activities.contact': 'Contact',
  'activities.owner': 'Owner',
  'activities.add': 'Add activity',
  'activities.empty': 'No activities.',
  'stakeholders.company': 'Company',
  'stakeholders.contact': 'Contact',
  'stakeholders.role': 'Role',
  'stakeholders.email': 'Email',
  'stakeholders.phone': 'Phone',
  'stakeholders.comment': 'Comment: {comment}',
  'stakeholders.edit': 'Edit',
  'stakeholders.editFor': 'Edit {name}',
  'stakeholders.remove': 'Remove',
  'stakeholders.removeFor': 'Remove {name}',
  'stakeholders.add': 'Add stakeholder',
  'stakeholders.empty': 'No stakeholders.',
  'stakeholders.confirm': 'Remove {name} from the stakeholders of this sale?',
  'stakeholders.cancel': 'Cancel',
  'quote.none': 'This sale has no quote.',
  'quote.closed': 'Quotes are only made for sales that are not sold or lost.',
  'quote.create': 'Create a new quote',
  'quote.number': 'Number',
  'quote.version': 'Version',
  'quote.status': 'Status',
  'quote.total': 'Total',
  'quote.validUntil': 'Valid until',
  'quote.open': 'Open quote',
};

export type SaleSectionsMessageKey = keyof typeof en;

/** With the texts of the elements it renders, so that they render with it. */
export const saleSectionsMessages = defineMessages(
  { en, nb: () => import('./sale-sections.messages.nb.js') },
  [saleTabsMessages, salesGuideCardMessages],
);

/** Looks up a message of the cards (or a shared one such as `overdue`) in the element's language. */
export type Translate = (
  key: SaleSectionsMessageKey | import('../../i18n/messages.js').MessageKey,
  params?: Record<string, string | number>,
) => string;
