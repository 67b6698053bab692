import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SaleCard } from '../../src/sale-card.js';
import { button, q, qa, selectTab, startEditing } from '../sale-card.helpers.js';
import { WIDTHS, mountCard, rectOf, tabRowOf, tabsOf, wideViewport } from './sale-card-layout.helpers.js';

/** Fields narrower than this would wrap a label such as "Probability %" letter by letter. */
const MIN_FIELD_WIDTH = 200;
/** A text control narrower than this cannot show a date or an amount. */
const MIN_CONTROL_WIDTH = 150;

/** The visible elements of the card's own shadow root that stick out of the card's box. */
function sticksOut(card: SaleCard): string[] {
  const box = rectOf(q(card, '[part="card"]')!);
  return qa(card, '*')
    .filter((element) => element.checkVisibility({ visibilityProperty: true }))
    .filter((element) => {
      const rect = rectOf(element);
      return rect.width > 1 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5);
    })
    .map((element) => element.outerHTML.slice(0, 80));
}

function expectNoOverflow(card: SaleCard, where: string) {
  expect(card.scrollWidth, `${where}: the card's host`).to.be.at.most(card.clientWidth);
  for (const grid of qa(card, '.fields')) {
    expect(grid.scrollWidth, `${where}: a field grid`).to.be.at.most(grid.clientWidth);
  }
  expect(sticksOut(card), `${where}: nothing sticks out of the card`).to.deep.equal([]);
}

function expectRoomyFields(card: SaleCard, where: string) {
  const fields = qa(card, '.panel .field');
  expect(fields.length, where).to.be.greaterThan(0);
  for (const field of fields) {
    const name = field.firstElementChild?.textContent?.trim();
    expect(rectOf(field).width, `${where}: field ${name}`).to.be.at.least(MIN_FIELD_WIDTH);
    for (const label of field.querySelectorAll(':scope > :is(dt, label, .label)')) {
      if (field.classList.contains('checkbox')) continue;
      expect(rectOf(label).width, `${where}: label ${name}`).to.be.at.least(MIN_FIELD_WIDTH);
    }
  }
  // The currency beside the amount is as wide as its code.
  const controls = '.panel :is(input:not([type="checkbox"]), select, textarea):not(.with-unit select)';
  for (const control of qa(card, controls)) {
    const name = control.id || control.getAttribute('aria-label');
    expect(rectOf(control).width, `${where}: control ${name}`).to.be.at.least(MIN_CONTROL_WIDTH);
  }
}

describe('<sale-card> at container widths from 320 to 1440 px', () => {
  before(wideViewport);

  for (const width of WIDTHS) {
    describe(`${width} px`, () => {
      it('does not overflow, and keeps fields and labels readable, in view mode', async () => {
        const card = await mountCard(width);
        for (const tab of ['Sale', 'Details', 'More', 'Notes', 'Links']) {
          await selectTab(card, tab);
          expectNoOverflow(card, `${width} px, ${tab}`);
        }
        await selectTab(card, 'Sale');
        expectRoomyFields(card, `${width} px, Sale`);
        expect(rectOf(q(card, 'h2')!).width, 'the title').to.be.at.least(100);
      });

      it('does not overflow, and keeps fields and controls readable, in edit mode', async () => {
        const card = await mountCard(width);
        await startEditing(card);
        for (const tab of ['Sale', 'Details', 'More', 'Links']) {
          await selectTab(card, tab);
          expectNoOverflow(card, `${width} px, editing ${tab}`);
          if (tab !== 'Links') expectRoomyFields(card, `${width} px, editing ${tab}`);
        }
      });
    });
  }

  for (const width of [320, 390]) {
    it(`does not squeeze the longer Norwegian labels at ${width} px`, async () => {
      const card = await mountCard(width, undefined, { lang: 'nb' });
      expectNoOverflow(card, `${width} px, nb`);
      expectRoomyFields(card, `${width} px, nb`);
      button(card, 'Rediger').click();
      await card.updateComplete;
      expectNoOverflow(card, `${width} px, nb, editing`);
      expectRoomyFields(card, `${width} px, nb, editing`);
    });
  }

  for (const width of [320, 390]) {
    it(`puts Save and Cancel on one row and the navigation on the next while editing at ${width} px`, async () => {
      const card = await mountCard(width);
      await startEditing(card);
      const [save, cancel, previous, next] = ['Save', 'Cancel', 'Previous', 'Next'].map((name) =>
        button(card, name),
      );
      const position = q(card, '[part="position"]')!;
      expect(rectOf(cancel!).top).to.equal(rectOf(save!).top);
      expect(rectOf(previous!).top).to.be.greaterThan(rectOf(save!).bottom);
      expect(rectOf(next!).top, 'Next stays beside Previous').to.equal(rectOf(previous!).top);
      expect(Math.abs(rectOf(position).top - rectOf(previous!).top)).to.be.below(rectOf(previous!).height);
      expect(rectOf(next!).right).to.be.closeTo(rectOf(q(card, '[part="footer"]')!).right, 1);
    });
  }

  for (const width of [320, 280]) {
    it(`keeps Previous and Next together, and the position on one line, at ${width} px`, async () => {
      const card = await mountCard(width);
      const [previous, next] = ['Previous', 'Next'].map((name) => rectOf(button(card, name)));
      const position = q(card, '[part="position"]')!;
      expect(position.textContent).to.equal('3 of 12');
      expect(next!.top, 'Next beside Previous').to.equal(previous!.top);
      expect(next!.left).to.be.greaterThan(previous!.right);
      expect(position.getClientRects(), 'the position on one line').to.have.length(1);
      expect(position.getBoundingClientRect().height).to.be.below(previous!.height);
      expect(next!.right).to.be.closeTo(rectOf(q(card, '[part="footer"]')!).right, 1);
      expectNoOverflow(card, `${width} px`);
    });
  }

  it('stacks the fields in one column below 32em and puts them side by side above', async () => {
    const columns = async (width: number) => {
      const card = await mountCard(width);
      const tops = qa(card, '.panel .field').map((field) => Math.round(rectOf(field).top));
      return Math.max(...[...new Set(tops)].map((top) => tops.filter((other) => other === top).length));
    };
    expect(await columns(320)).to.equal(1);
    expect(await columns(390)).to.equal(1);
    expect(await columns(768)).to.be.at.least(3);
    expect(await columns(1440)).to.be.at.least(5);
  });

  it('asks the width of the card, not of the viewport', async () => {
    // The viewport is 1600 px wide; a card in 320 px still stacks its fields.
    const card = await mountCard(320);
    const [first, second] = qa(card, '.panel .field').slice(2, 4);
    expect(rectOf(second!).top).to.be.greaterThan(rectOf(first!).bottom);
  });

  for (const width of [320, 390]) {
    it(`scrolls the tab row to keep the selected last tab in view at ${width} px`, async () => {
      const card = await mountCard(width);
      const row = tabRowOf(card);
      const last = tabsOf(card).at(-1)!;
      last.click();
      await card.updateComplete;
      expect(last.getAttribute('aria-selected')).to.equal('true');
      expect(getComputedStyle(row).overflowX).to.equal('auto');
      if (width === 320) {
        expect(row.scrollWidth, 'the five tabs do not fit').to.be.greaterThan(row.clientWidth);
        expect(row.scrollLeft, 'the row scrolled').to.be.greaterThan(0);
      }
      const visible = rectOf(row);
      const tab = rectOf(last);
      expect(tab.left, 'left edge in view').to.be.at.least(visible.left - 0.5);
      expect(tab.right, 'right edge in view').to.be.at.most(visible.right + 0.5);
    });
  }

  it('keeps the tab reached with End and Home in view at 320 px', async () => {
    const card = await mountCard(320);
    const row = tabRowOf(card);
    tabsOf(card)[0]!.focus();
    await sendKeys({ press: 'End' });
    await card.updateComplete;
    const last = tabsOf(card).at(-1)!;
    expect(last.getAttribute('aria-selected')).to.equal('true');
    expect(rectOf(last).right).to.be.at.most(rectOf(row).right + 0.5);
    await sendKeys({ press: 'Home' });
    await card.updateComplete;
    expect(rectOf(tabsOf(card)[0]!).left).to.be.at.least(rectOf(row).left - 0.5);
  });

  it('is accessible at 320 px in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const card = await mountCard(320, undefined, { scheme, today: '2025-07-15' });
      await expect(card).to.be.accessible();
      await startEditing(card);
      await expect(card).to.be.accessible();
    }
  });
});
