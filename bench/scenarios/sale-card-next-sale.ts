/** The host sets the next sale on a mounted card (what Next does). */
import type { SaleCard } from '../../src/sale-card.js';
import { defineScenario } from '../scenario.js';
import { cardUpdated, loadCard, mountCard, saleNumber } from './sale-card-first-render.js';

let card: SaleCard;

export default defineScenario({
  name: 'sale-card next sale',
  budgetMs: 8,
  ours: {
    label: 'sale-card',
    load: loadCard,
    async setup(root) {
      card = await mountCard(root, saleNumber(1));
    },
    async run() {
      card.sale = saleNumber(2);
      card.position = { index: 2, total: 12 };
      await cardUpdated(card);
    },
  },
});
