/** Mounting <sale-card> in a container of a given width, and reading boxes, for the layout tests. */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/sale-card.js';
import type { SaleCard } from '../../src/sale-card.js';
import { LISTS, SALE } from '../sale-card.helpers.js';

/** The container widths every layout is checked at: phone, large phone, tablet, laptop, desktop. */
export const WIDTHS = [320, 390, 768, 1024, 1440] as const;

/** A viewport wider than the widest container, so the page never squeezes the container. */
export const wideViewport = () => setViewport({ width: 1600, height: 1000 });

/** The card in a `<div>` exactly `width` px wide. */
export async function mountCard(
  width: number,
  sale: unknown = SALE,
  options: { lang?: string; today?: string; scheme?: 'light' | 'dark' } = {},
): Promise<SaleCard> {
  const { lang = 'en', today = '2025-05-15', scheme = 'light' } = options;
  const wrapper = await fixture<HTMLElement>(
    // A page in the scheme: its text and background are the scheme's own, as a themed page's are.
    html`<div
      lang=${lang}
      style="inline-size: ${width}px; color-scheme: ${scheme}; color: CanvasText; background: Canvas"
    >
      <sale-card today=${today}></sale-card>
    </div>`,
  );
  const card = wrapper.querySelector('sale-card')!;
  Object.assign(card, LISTS, { sale, position: { index: 2, total: 12 } });
  await card.updateComplete;
  return card;
}

export const rectOf = (element: Element) => element.getBoundingClientRect();
export const centreY = (element: Element) => {
  const box = rectOf(element);
  return box.top + box.height / 2;
};

/** The tab row inside the card's `<sale-tabs>`. */
export const tabRowOf = (card: SaleCard) =>
  card.shadowRoot!.querySelector('sale-tabs')!.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
export const tabsOf = (card: SaleCard) => [...tabRowOf(card).querySelectorAll<HTMLElement>('[role="tab"]')];
