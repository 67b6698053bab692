/** The user clicks the Details tab of a mounted card. */
import type { SaleCard } from '../../src/sale-card.js';
import { defineScenario } from '../scenario.js';
import { cardUpdated, loadCard, mountCard } from './sale-card-first-render.js';

let card: SaleCard;
let details: HTMLElement;

export default defineScenario({
  name: 'sale-card tab switch',
  budgetMs: 5,
  ours: {
    label: 'sale-card',
    load: loadCard,
    async setup(root) {
      card = await mountCard(root);
      const tabs = card.shadowRoot!.querySelector('sale-tabs')!;
      details = tabs.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[1]!;
    },
    async run() {
      details.click();
      await cardUpdated(card);
    },
  },
});
