/** The card's five tabs: their ids, what each one renders, their definitions for `<sale-tabs>`, and the print-out. */
import { html, type TemplateResult } from 'lit';
import type { Sale } from '../../model/types.js';
import type { TabDefinition } from '../sale-tabs/sale-tabs.js';
import type { CardContext } from './card-context.js';
import { loadEditForms } from './edit-loader.js';
import { PreparedPanels } from './prepared-panels.js';
import { loadTabs, tabRenderer } from './tab-modules.js';

export const SALE_CARD_TABS = ['sale', 'details', 'more', 'notes', 'links'] as const;
export type SaleCardTab = (typeof SALE_CARD_TABS)[number];

/**
 * The content of one tab's panel. The card's updates wait for the code of the tabs they render
 * (tab-modules.ts), so a tab without it here is one whose code failed to load: say so.
 */
export function renderTab(tab: SaleCardTab, context: CardContext): TemplateResult {
  const render = tabRenderer(tab);
  return render ? render(context) : html`<p class="empty" role="status">${context.t('tab.loadFailed')}</p>`;
}

/**
 * The card's panels, Sale shown first (prepared-panels.ts). The card's updates wait for the code
 * of the tabs they render: the shown tab's, or every tab's while `printing()`; and while
 * `editing()`, for the edit forms too (edit-loader.ts), which the idle-time preparation starts
 * loading anyway.
 */
export function cardPanels(
  host: ConstructorParameters<typeof PreparedPanels>[0],
  printing: () => boolean,
  editing: () => boolean,
): PreparedPanels<SaleCardTab> {
  const load = (tabs: readonly SaleCardTab[]) => {
    const pending = [loadTabs(tabs), editing() ? loadEditForms() : undefined].filter((load) => load);
    return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
  };
  return new PreparedPanels(host, SALE_CARD_TABS, 'sale', {
    load,
    rendersAll: printing,
    prepare: () => void loadEditForms(),
  });
}

/** Every tab in view mode, one after the other: what the print-out shows. */
export function renderPrintView(context: CardContext, tabs: readonly TabDefinition[]): TemplateResult {
  const view = { ...context, editing: false };
  return html`<div class="print-view">
    ${tabs.map(
      (tab) =>
        html`<h3>${tab.label}</h3>
          ${renderTab(tab.id as SaleCardTab, view)}`,
    )}
  </div>`;
}

/**
 * The tab definitions, rebuilt only when a label or mark changes: a new array on every render
 * would make `<sale-tabs>` re-validate and re-render its whole tab row on each tab switch or edit.
 */
export class CardTabDefinitions {
  #key = '';
  #tabs: TabDefinition[] = [];

  /** The definitions in `locale` with `t`'s labels, Notes and Links marked when `sale` has some. */
  get(t: CardContext['t'], locale: string, sale: Sale): TabDefinition[] {
    const notesMarked = !!sale.notes?.trim();
    const linksMarked = !!sale.links?.length;
    const key = `${locale}|${t('tab.sale')}|${notesMarked}|${linksMarked}`;
    if (key !== this.#key) {
      this.#key = key;
      this.#tabs = SALE_CARD_TABS.map((id) => ({
        id,
        label: t(`tab.${id}`),
        marked: (id === 'notes' && notesMarked) || (id === 'links' && linksMarked),
      }));
    }
    return this.#tabs;
  }
}
