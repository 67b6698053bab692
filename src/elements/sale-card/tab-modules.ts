/**
 * The code of the card's tabs. Sale and More ship with the card (the Sale tab shows More's pinned
 * fields); Details, Notes and Links are chunks of their own, loaded with `import()` when the card
 * first needs them: to show one, to build the hidden panels in idle time, or to print. So a page
 * loads less before the first card renders. A failed load warns once and leaves the tab unloaded:
 * its panel says so (card-tabs.ts), and the next time it is wanted the load is tried again.
 */
import type { TemplateResult } from 'lit';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { describeValue } from '../../model/describe.js';
import type { CardContext } from './card-context.js';
import type { SaleCardTab } from './card-tabs.js';
import { renderMoreTab } from './more-tab.js';
import { renderSaleTab } from './sale-tab.js';

export type TabRenderer = (context: CardContext) => TemplateResult;
export type LazyTab = Exclude<SaleCardTab, 'sale' | 'more'>;
type TabLoader = () => Promise<TabRenderer>;

const LOADERS: Readonly<Record<LazyTab, TabLoader>> = {
  details: () => import('./details-tab.js').then((module) => module.renderDetailsTab),
  notes: () => import('./notes-tab.js').then((module) => module.renderNotesTab),
  links: () => import('./links-tab.js').then((module) => module.renderLinksTab),
};

/** The loaders in use: `LOADERS`, unless a test put another in (`replaceTabLoaderForTests`). */
const loaders: Record<LazyTab, TabLoader> = { ...LOADERS };
const renderers = new Map<SaleCardTab, TabRenderer>([
  ['sale', renderSaleTab],
  ['more', renderMoreTab],
]);
const loads = new Map<SaleCardTab, Promise<void>>();
/** The tabs whose failed load has been reported: the panel says so each time, the console once. */
const reported = new Set<SaleCardTab>();

/** What renders `tab`'s panel; `undefined` while its code is not loaded (or failed to load). */
export function tabRenderer(tab: SaleCardTab): TabRenderer | undefined {
  return renderers.get(tab);
}

/**
 * Loads the code of `tabs`. Returns nothing when it is here already, else a promise that resolves,
 * and never rejects, once every load has succeeded or failed.
 */
export function loadTabs(tabs: readonly SaleCardTab[]): Promise<void> | undefined {
  const pending = tabs.map(loadTab).filter((promise) => promise !== undefined);
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}

function loadTab(tab: SaleCardTab): Promise<void> | undefined {
  if (renderers.has(tab)) return undefined;
  let pending = loads.get(tab);
  if (!pending) {
    // `then(loader)` turns a loader that throws into a rejection too.
    pending = Promise.resolve()
      .then(loaders[tab as LazyTab])
      .then(
        (render) => void renderers.set(tab, render),
        (error: unknown) => reportFailure(tab, error),
      )
      .finally(() => loads.delete(tab));
    loads.set(tab, pending);
  }
  return pending;
}

function reportFailure(tab: SaleCardTab, error: unknown): void {
  if (reported.has(tab)) return;
  reported.add(tab);
  const reason = error instanceof Error ? error.message : describeValue(error);
  const message = `the ${tab} tab could not be loaded (${reason}); it is tried again when selected`;
  reportProblems('sale-card', [{ field: 'tab', message }]);
}

/**
 * For tests only: from now on `tab` loads with `loader`, as if its code had never loaded (a
 * failing or slow chunk). Returns a function that puts the real loader back.
 */
export function replaceTabLoaderForTests(tab: LazyTab, loader: TabLoader): () => void {
  const forget = () => {
    renderers.delete(tab);
    loads.delete(tab);
    reported.delete(tab);
  };
  loaders[tab] = loader;
  forget();
  return () => {
    loaders[tab] = LOADERS[tab];
    forget();
  };
}
