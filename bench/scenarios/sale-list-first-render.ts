/**
 * First render of the sales list with 100,000 sales against the same list with 1,000, both sorted
 * by sale date and grouped by stage: only sorting and grouping may grow with N (rows are
 * virtualized, normalized and formatted only when rendered). Budget 3. Timed until the first rows
 * are in the DOM, plus the harness's layout pass.
 */
import type { SaleList } from '../../src/sale-list.js';
import type { GroupBy } from '../../src/model/group.js';
import type { Sale } from '../../src/model/types.js';
import { generateSales } from '../../stories/fixtures/sale-list.js';
import { defineScenario, type Contender } from '../scenario.js';

/** Resolves once the list has rendered and its body shows its first sale rows. */
export async function rowsRendered(list: SaleList): Promise<void> {
  await list.updateComplete;
  const root = list.shadowRoot!;
  const ready = () => root.querySelector('.body [role="row"][data-grid-row^="sale:"]');
  if (ready()) return;
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/** A list of `count` sales, grouped and sorted as given. */
export function listWith(count: number, groupBy: GroupBy, sorted: boolean): Contender {
  let sales: Sale[] = [];
  return {
    label: `sale-list, ${count.toLocaleString('en')} sales${groupBy === 'none' ? '' : ` by ${groupBy}`}`,
    async load() {
      await import('../../src/sale-list.js');
      await customElements.whenDefined('sale-list');
      // Generating the host's data is not the list's cost.
      sales = generateSales(count);
    },
    async run(root) {
      const list = document.createElement('sale-list');
      list.style.setProperty('--sale-list-max-height', '600px');
      list.today = '2025-06-15';
      list.groupBy = groupBy;
      if (sorted) list.sort = { column: 'saleDate', direction: 'asc' };
      list.sales = sales;
      root.append(list);
      await rowsRendered(list);
    },
  };
}

export default defineScenario({
  name: 'sale-list first render, 100,000 vs 1,000 sales (sorted, by stage)',
  budget: 3,
  ours: listWith(100_000, 'stage', true),
  theirs: listWith(1_000, 'stage', true),
});
