/**
 * The code of the card's tabs. Sale and More ship with the card (the Sale tab shows More's pinned
 * fields); Details, Notes and Links are chunks of their own, loaded with `import()` when the card
 * first needs them: to show one, to build the hidden panels in idle time, or to print. So a page
 * loads less before the first card renders. A failed load warns once and leaves the tab unloaded:
 * its panel says so (card-tabs.ts), and the next time it is wanted the load is tried again.
 */
import type { TemplateResult } from 'lit';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { onDemand, type OnDemand } from '../../prepare/on-demand.js';
import type { CardContext } from './card-context.js';
import type { SaleCardTab } from './card-tabs.js';
import { renderMoreTab } from './more-tab.js';
import { renderSaleTab } from './sale-tab.js';

export type TabRenderer = (context: CardContext) => TemplateResult;
export type LazyTab = Exclude<SaleCardTab, 'sale' | 'more'>;

const lazyTab = (tab: LazyTab, importer: () => Promise<TabRenderer>): OnDemand<TabRenderer> =>
  onDemand(importer, (reason) =>
    reportProblems('sale-card', [
      {
        field: 'tab',
        message: `the ${tab} tab could not be loaded (${reason}); it is tried again when selected`,
      },
    ]),
  );

const LAZY_TABS: Readonly<Record<LazyTab, OnDemand<TabRenderer>>> = {
  details: lazyTab('details', () => import('./details-tab.js').then((module) => module.renderDetailsTab)),
  notes: lazyTab('notes', () => import('./notes-tab.js').then((module) => module.renderNotesTab)),
  links: lazyTab('links', () => import('./links-tab.js').then((module) => module.renderLinksTab)),
};

const isLazy = (tab: SaleCardTab): tab is LazyTab => tab !== 'sale' && tab !== 'more';

/** What renders `tab`'s panel; `undefined` while its code is not loaded (or failed to load). */
export function tabRenderer(tab: SaleCardTab): TabRenderer | undefined {
  return isLazy(tab) ? LAZY_TABS[tab].get() : tab === 'sale' ? renderSaleTab : renderMoreTab;
}

/**
 * Loads the code of `tabs`. Returns nothing when it is here already, else a promise that resolves,
 * and never rejects, once every load has succeeded or failed.
 */
export function loadTabs(tabs: readonly SaleCardTab[]): Promise<void> | undefined {
  const pending = tabs.map((tab) => (isLazy(tab) ? LAZY_TABS[tab].load() : undefined)).filter(Boolean);
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}

/**
 * For tests only: from now on `tab` loads with `loader`, as if its code had never loaded (a
 * failing or slow chunk). Returns a function that puts the real loader back.
 */
export function replaceTabLoaderForTests(tab: LazyTab, loader: () => Promise<TabRenderer>): () => void {
  return LAZY_TABS[tab].replaceForTests(loader);
}
