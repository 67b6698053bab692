/**
 * <sale-screen> in containers from 320 to 1440 px: nothing sticks out sideways; in a narrow
 * container the panel (behind its toggle), the card and the detail cards stack in one column in that
 * order, and from 1024 px the panel sits beside the card; the toggle, the tab order and axe hold.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/sale-screen.js';
import { createMemorySource, type SaleScreen } from '../../src/sale-screen.js';
import { cardToday } from '../../stories/fixtures/sale-card.js';
import { screenLists, screenSales } from '../../stories/fixtures/sale-screen.js';
import {
  cardOf,
  deepActiveElement,
  panelOf,
  screenButton,
  sectionsOf,
  settled,
} from '../sale-screen.helpers.js';
import { WIDTHS, rectOf, wideViewport } from './sale-card-layout.helpers.js';

async function mount(width: number, options: { scheme?: string } = {}) {
  const { scheme = 'light' } = options;
  const wrapper = await fixture<HTMLElement>(
    html`<div
      lang="en"
      style="inline-size: ${width}px; color-scheme: ${scheme}; color: CanvasText; background: Canvas"
    >
      <sale-screen
        .source=${createMemorySource({ lists: screenLists, sales: screenSales() })}
        premium
        heading="My open deals"
        today=${cardToday}
      ></sale-screen>
    </div>`,
  );
  const screen = wrapper.querySelector('sale-screen')!;
  await waitUntil(() => screen.getAttribute('aria-busy') === 'false' && sectionsOf(screen), 'the sale shows');
  await settled(screen);
  return screen;
}

/** The panel toggle, when the screen shows one. */
const toggleOf = (screen: SaleScreen) =>
  screen.shadowRoot!.querySelector<HTMLElement>('[part~="panel-toggle"]')!;
const isShown = (element: Element) => element.checkVisibility();

async function openPanel(screen: SaleScreen) {
  screenButton(screen, 'Selection members').click();
  await settled(screen);
  expect(toggleOf(screen).getAttribute('aria-expanded')).to.equal('true');
}

function expectNoOverflow(screen: SaleScreen, where: string) {
  expect(screen.scrollWidth, `${where}: the screen`).to.be.at.most(screen.clientWidth + 1);
  const box = rectOf(screen);
  const parts = [panelOf(screen), cardOf(screen), sectionsOf(screen)!].filter(isShown);
  for (const part of parts) {
    const inner = rectOf(part);
    expect(inner.left, `${where}: <${part.localName}> left edge`).to.be.at.least(box.left - 0.5);
    expect(inner.right, `${where}: <${part.localName}> right edge`).to.be.at.most(box.right + 0.5);
    expect(part.scrollWidth, `${where}: inside <${part.localName}>`).to.be.at.most(part.clientWidth + 1);
  }
  // The card's last footer button, the first thing a too-wide card pushed out of sight.
  const next = [...cardOf(screen).shadowRoot!.querySelectorAll('button')].find(
    (button) => button.textContent!.trim() === 'Next',
  )!;
  expect(rectOf(next).right, `${where}: Next inside the card`).to.be.at.most(
    rectOf(cardOf(screen)).right + 0.5,
  );
}

describe('<sale-screen> at container widths from 320 to 1440 px', () => {
  before(wideViewport);

  for (const width of WIDTHS.filter((each) => each < 1024)) {
    it(`stacks the panel, the card and the detail cards in one column at ${width} px`, async () => {
      const screen = await mount(width);
      expect(isShown(toggleOf(screen)), 'the toggle').to.equal(true);
      expect(isShown(panelOf(screen)), 'the folded panel').to.equal(false);
      expectNoOverflow(screen, `${width} px, folded`);
      await openPanel(screen);
      expectNoOverflow(screen, `${width} px, open`);
      const [bar, panel, card, sections] = [
        toggleOf(screen),
        panelOf(screen),
        cardOf(screen),
        sectionsOf(screen)!,
      ].map(rectOf);
      expect(panel!.top, 'the panel under the bar').to.be.at.least(bar!.bottom);
      expect(card!.top, 'the card under the panel').to.be.at.least(panel!.bottom);
      expect(sections!.top, 'the detail cards under the card').to.be.at.least(card!.bottom);
      for (const column of [panel!, card!, sections!]) {
        expect(column.width, 'the full width').to.be.closeTo(rectOf(screen).width, 1);
      }
    });
  }

  for (const width of WIDTHS.filter((each) => each >= 1024)) {
    it(`puts the panel beside the card and the detail cards under the card at ${width} px`, async () => {
      const screen = await mount(width);
      expect(isShown(toggleOf(screen)), 'no toggle').to.equal(false);
      expectNoOverflow(screen, `${width} px`);
      const [panel, card, sections] = [panelOf(screen), cardOf(screen), sectionsOf(screen)!].map(rectOf);
      expect(panel!.right, 'the panel left of the card').to.be.at.most(card!.left);
      expect(panel!.top, 'level with the card').to.be.closeTo(card!.top, 1);
      expect(sections!.top, 'the detail cards under the card').to.be.at.least(card!.bottom);
      expect(sections!.left, 'in the card column').to.be.closeTo(card!.left, 1);
      expect(card!.width, 'the card has room for two columns of fields').to.be.at.least(512);
    });
  }

  it('asks the width of the screen, not of the viewport', async () => {
    // The viewport is 1600 px wide; a screen in 768 px still folds its panel.
    const screen = await mount(768);
    expect(isShown(toggleOf(screen))).to.equal(true);
  });

  it('tabs from the opened panel to the card to the detail cards at 390 px', async () => {
    const screen = await mount(390);
    await openPanel(screen);
    toggleOf(screen).focus();
    const visited: string[] = [];
    for (let press = 0; press < 60 && visited.at(-1) !== 'sale-sections'; press++) {
      await sendKeys({ press: 'Tab' });
      let host = deepActiveElement();
      while (host && host.getRootNode() !== screen.shadowRoot) host = (host.getRootNode() as ShadowRoot).host;
      const name = host?.localName;
      if (name && ['selection-panel', 'sale-card', 'sale-sections'].includes(name) && visited.at(-1) !== name)
        visited.push(name);
    }
    expect(visited).to.deep.equal(['selection-panel', 'sale-card', 'sale-sections']);
  });

  for (const scheme of ['light', 'dark']) {
    it(`is accessible at 390 px with the panel open in ${scheme}`, async () => {
      const screen = await mount(390, { scheme });
      await openPanel(screen);
      await expect(screen).to.be.accessible();
    });
  }
});
