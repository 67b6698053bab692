/**
 * The worst case the other card scenarios leave out: a page that loads the library and renders a
 * card in the same task, with no idle time before it. Timed from the import of the built bundle
 * (dist/sales-elements.min.js, from the HTTP cache) to the rendered card, so it includes parsing
 * and running the library and the page's first Intl formatters (20-40 ms in Chromium), which idle
 * time otherwise takes care of. Reported for the record, without a budget.
 */
import { defineScenario } from '../scenario.js';
import { mountCard } from './sale-card-first-render.js';

export default defineScenario({
  name: 'sale-card import + first render, no idle time',
  ours: {
    label: 'sale-card (bundle)',
    async load() {},
    async run(root) {
      await import(/* @vite-ignore */ `${location.origin}/dist/sales-elements.min.js`);
      await mountCard(root);
    },
  },
});
