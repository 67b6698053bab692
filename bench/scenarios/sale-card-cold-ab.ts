/**
 * A change to the cold path, side by side: today's dist/sales-elements.min.js against a copy of it
 * from before the change. Before changing anything, `npm run build && mkdir -p tmp/bench/baseline
 * && cp dist/sales-elements.min.js tmp/bench/baseline/` (git-ignored); after it, build again and
 * `BENCH_ONLY=sale-card-cold node bench/run.mjs` times both in one run. Without the copy this file
 * is not a scenario, so a plain `npm run bench` skips it.
 */
import { defineScenario } from '../scenario.js';
import { importBundle } from './sale-card-cold.js';
import { mountCard } from './sale-card-first-render.js';

const BASELINE = 'tmp/bench/baseline/sales-elements.min.js';

const hasBaseline = (await fetch(`${location.origin}/${BASELINE}`, { method: 'HEAD' })).ok;

/** The card from `bundle`, imported and rendered in the timed run. */
function cardFrom(bundle: string, label: string) {
  return {
    label,
    async load() {},
    async run(root: HTMLElement) {
      await importBundle(bundle);
      await mountCard(root);
    },
  };
}

export default hasBaseline
  ? defineScenario({
      name: 'sale-card import + first render, no idle time: now vs baseline copy',
      ours: cardFrom('dist/sales-elements.min.js', 'dist/ now'),
      theirs: cardFrom(BASELINE, 'tmp/bench/baseline/'),
    })
  : undefined;
