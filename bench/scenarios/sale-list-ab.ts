/**
 * A change to the list's model path, side by side: the 100,000-sale first render (sorted by date,
 * grouped by stage) from today's src/ against a copy of src/ from before the change. Before changing
 * anything, `mkdir -p tmp/bench/baseline && git archive HEAD src | tar -x -C tmp/bench/baseline`
 * (git-ignored); then `BENCH_ONLY=sale-list-ab node bench/run.mjs`. Each side runs in its own page,
 * so both may register <sale-list>. Without the copy this file is not a scenario.
 */
import type { SaleList } from '../../src/sale-list.js';
import type { Sale } from '../../src/model/types.js';
import { generateSales } from '../../stories/fixtures/sale-list.js';
import { defineScenario, type Contender } from '../scenario.js';
import { rowsRendered } from './sale-list-first-render.js';

const BASELINE = 'tmp/bench/baseline/src/sale-list.ts';

const hasBaseline = (await fetch(`${location.origin}/${BASELINE}`, { method: 'HEAD' })).ok;

function listFrom(entry: string, label: string): Contender {
  let sales: Sale[] = [];
  return {
    label,
    async load() {
      await import(/* @vite-ignore */ `${location.origin}/${entry}`);
      await customElements.whenDefined('sale-list');
      sales = generateSales(100_000);
    },
    async run(root) {
      const list = document.createElement('sale-list') as SaleList;
      list.style.setProperty('--sale-list-max-height', '600px');
      list.today = '2025-06-15';
      list.groupBy = 'stage';
      list.sort = { column: 'saleDate', direction: 'asc' };
      list.sales = sales;
      root.append(list);
      await rowsRendered(list);
    },
  };
}

export default hasBaseline
  ? defineScenario({
      name: 'sale-list 100,000 sales by stage: src/ now vs baseline copy',
      ours: listFrom('src/sale-list.ts', 'src/ now'),
      theirs: listFrom(BASELINE, 'tmp/bench/baseline/src/'),
    })
  : undefined;
