/** The sale card's rehearsal render (see rehearse.ts), started by the registering entry `src/sale-card.ts`. */
import { SALE_CARD_TABS, type SaleCard } from '../elements/sale-card/sale-card.js';
import { REHEARSAL_SALE, REHEARSAL_STAGES } from './rehearsal-sale.js';
import type { Rehearsal } from './rehearse.js';

export const SALE_CARD_REHEARSAL: Rehearsal<SaleCard> = {
  cast(card) {
    card.today = '2025-05-15';
    card.stages = REHEARSAL_STAGES;
    card.currencies = ['NOK', 'EUR'];
    card.position = { index: 1, total: 3 };
    card.sale = REHEARSAL_SALE;
  },
  // Shows each tab's panel once, as a host would select it: no event fires. The panels are built
  // by now, or will be once their code has loaded: the card's `updateComplete` waits for that.
  async act(card, layOut) {
    await card.updateComplete;
    const tabs = card.shadowRoot?.querySelector('sale-tabs');
    if (!tabs) return;
    for (const tab of SALE_CARD_TABS) {
      tabs.selected = tab;
      await tabs.updateComplete;
      layOut();
    }
  },
};
