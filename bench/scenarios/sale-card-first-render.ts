/**
 * First render of one sale card with a full sale (Sale tab), including style and layout: the goal
 * is one frame. The data and steps here are shared with the other sale-card scenarios.
 */
import type { SaleCard } from '../../src/sale-card.js';
import type { Sale } from '../../src/model/types.js';
import { defineScenario } from '../scenario.js';

export const lists = {
  stages: [
    { id: 1, name: 'Lead', probability: 10 },
    { id: 2, name: 'Proposal', probability: 50 },
    { id: 3, name: 'Negotiation', probability: 80 },
  ],
  saleTypes: [
    { id: 'new', name: 'New business' },
    { id: 'renewal', name: 'Renewal' },
  ],
  currencies: ['NOK', 'EUR', 'SEK'],
  sources: [{ id: 1, name: 'Web form' }],
  competitors: [{ id: 3, name: 'ScanCo' }],
  credited: [{ id: 5, name: 'Ola Hansen' }],
  reasons: { sold: [{ id: 's1', name: 'Best price' }], lost: [], stalled: [] },
};

export function saleNumber(n: number): Sale {
  return {
    id: 1000 + n,
    number: String(1000 + n),
    title: `Fleet tracking for ${n} trucks`,
    status: 'open',
    description: 'Tracking units and a three-year data plan for the whole fleet.',
    stage: lists.stages[1],
    probability: 50,
    amount: 480_000 + n,
    cost: 360_000,
    currency: 'NOK',
    saleType: lists.saleTypes[0],
    company: { id: 11, name: 'Fjordline Logistikk AS' },
    person: { id: 21, name: 'Kari Nordmann' },
    owner: { id: 5, name: 'Ola Hansen' },
    saleDate: '2025-06-30',
    nextActivity: { id: 'a1', title: 'Call Kari', date: '2025-05-01' },
    notes: 'Call back after the budget meeting.',
    userFields: [
      { id: 'u1', label: 'Region', type: 'list', value: 'West', options: ['West', 'North'], pinned: true },
    ],
    links: [{ id: 'l1', kind: 'url', title: 'Tender', href: 'https://example.com/tender' }],
  };
}

export async function loadCard(): Promise<void> {
  await import('../../src/sale-card.js');
  await customElements.whenDefined('sale-card');
}

/** Waits for the card and the elements inside it. */
export async function cardUpdated(card: SaleCard): Promise<void> {
  await card.updateComplete;
  const inner = card.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
    'sale-tabs, sale-status-icon',
  );
  await Promise.all([...inner].map((element) => element.updateComplete));
}

export async function mountCard(root: HTMLElement, sale: Sale = saleNumber(1)): Promise<SaleCard> {
  const card = document.createElement('sale-card');
  card.today = '2025-05-15';
  Object.assign(card, lists, { sale, position: { index: 1, total: 12 } });
  root.append(card);
  await cardUpdated(card);
  return card;
}

export default defineScenario({
  name: 'sale-card first render',
  budgetMs: 16.7,
  ours: {
    label: 'sale-card',
    load: loadCard,
    async run(root) {
      await mountCard(root);
    },
  },
});
