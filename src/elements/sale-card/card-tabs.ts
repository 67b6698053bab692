/** The card's five tabs: their ids, what each one renders, their definitions for `<sale-tabs>`, and the print-out. */
import { html, type TemplateResult } from 'lit';
import type { Sale } from '../../model/types.js';
import type { TabDefinition } from '../sale-tabs/sale-tabs.js';
import type { CardContext } from './card-context.js';
import { renderDetailsTab } from './details-tab.js';
import { renderLinksTab } from './links-tab.js';
import { renderMoreTab } from './more-tab.js';
import { renderNotesTab } from './notes-tab.js';
import { renderSaleTab } from './sale-tab.js';

export const SALE_CARD_TABS = ['sale', 'details', 'more', 'notes', 'links'] as const;
export type SaleCardTab = (typeof SALE_CARD_TABS)[number];

const TAB_RENDERERS: Record<SaleCardTab, (context: CardContext) => TemplateResult> = {
  sale: renderSaleTab,
  details: renderDetailsTab,
  more: renderMoreTab,
  notes: renderNotesTab,
  links: renderLinksTab,
};

/** The content of one tab's panel. */
export function renderTab(tab: SaleCardTab, context: CardContext): TemplateResult {
  return TAB_RENDERERS[tab](context);
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
