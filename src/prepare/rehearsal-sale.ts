/**
 * Made-up data for the rehearsal renders (see rehearse.ts): a sale that fills every field, so that
 * a rehearsal passes through every template a real sale can show. Valid, so it logs nothing.
 */
import type { Sale, Stage } from '../model/types.js';

export const REHEARSAL_STAGES: Stage[] = [
  { id: 1, name: 'Lead', probability: 10 },
  { id: 2, name: 'Proposal', probability: 50 },
];

const company = { id: 1, name: 'Company' };
const person = { id: 1, name: 'Contact' };

export const REHEARSAL_SALE: Sale = {
  id: 1,
  number: '1',
  title: 'Sale',
  status: 'open',
  description: 'Description',
  stage: REHEARSAL_STAGES[1],
  probability: 50,
  amount: 1000,
  cost: 500,
  currency: 'NOK',
  saleType: { id: 1, name: 'New business' },
  company,
  person,
  project: { id: 1, name: 'Project' },
  owner: person,
  credited: person,
  source: { id: 1, name: 'Source' },
  competitor: { id: 1, name: 'Competitor' },
  saleDate: '2025-06-30',
  nextActivity: { id: 1, title: 'Call', date: '2025-05-01' },
  notes: 'Notes',
  userFields: [
    { id: 'list', label: 'List', type: 'list', value: 'A', options: ['A', 'B'], pinned: true },
    { id: 'number', label: 'Number', type: 'number', value: 1 },
    { id: 'checkbox', label: 'Checkbox', type: 'checkbox', value: true },
    { id: 'date', label: 'Date', type: 'date', value: '2025-07-01' },
    { id: 'text', label: 'Text', type: 'text', value: 'Text' },
  ],
  links: [
    { id: 'url', kind: 'url', title: 'Web page', href: 'https://example.com/' },
    { id: 'document', kind: 'document', title: 'Document', date: '2025-04-02' },
  ],
};

/** A few sales in different statuses and stages, for the list. */
export const REHEARSAL_SALES: Sale[] = [
  REHEARSAL_SALE,
  { ...REHEARSAL_SALE, id: 2, status: 'sold', stage: REHEARSAL_STAGES[0] },
  { ...REHEARSAL_SALE, id: 3, status: 'stalled', reopenDate: '2025-08-01' },
];
