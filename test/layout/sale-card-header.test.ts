import { expect } from '@open-wc/testing';
import type { SaleCard } from '../../src/sale-card.js';
import { SALE, button, q, startEditing } from '../sale-card.helpers.js';
import { centreY, mountCard, rectOf, wideViewport } from './sale-card-layout.helpers.js';

const LONG_TITLE = 'Fleet tracking for 40 trucks and 12 trailers across western Norway, phase two of three';

/** The star, Edit (when shown) and Tasks, in the order they appear in the header. */
const actions = (card: SaleCard) => [
  ...q(card, '.actions')!.querySelectorAll<HTMLElement>(':scope > button, :scope > .menu-anchor > button'),
];

function expectOneRowLevelWithTitle(card: SaleCard, where: string) {
  const title = rectOf(q(card, 'h2')!);
  const header = rectOf(q(card, '[part="header"]')!);
  const buttons = actions(card);
  const [first] = buttons;
  for (const action of buttons) {
    const box = rectOf(action);
    expect(
      Math.abs(box.top - rectOf(first!).top),
      `${where}: ${action.textContent!.trim()} on the row`,
    ).to.be.below(1);
    expect(centreY(action), `${where}: level with the title`).to.be.within(title.top, title.bottom);
    expect(box.right, `${where}: inside the header`).to.be.at.most(header.right + 0.5);
    expect(box.left, `${where}: after the title`).to.be.at.least(title.right);
  }
  for (let index = 1; index < buttons.length; index += 1) {
    expect(rectOf(buttons[index]!).left, `${where}: in order`).to.be.at.least(
      rectOf(buttons[index - 1]!).right,
    );
  }
}

describe('<sale-card> header', () => {
  before(wideViewport);

  for (const width of [1000, 320]) {
    for (const title of [SALE.title, LONG_TITLE]) {
      it(`keeps star, Edit and Tasks on one row level with the title at ${width} px (${title.length} characters)`, async () => {
        const card = await mountCard(width, { ...SALE, title });
        const names = actions(card).map((action) => action.textContent!.trim());
        expect(names).to.deep.equal(['Favourite', 'Edit', 'Tasks']);
        expectOneRowLevelWithTitle(card, `${width} px`);
      });
    }

    it(`does not move the star or Tasks when editing starts and ends at ${width} px`, async () => {
      const card = await mountCard(width, { ...SALE, title: LONG_TITLE });
      const star = () => rectOf(button(card, 'Favourite'));
      const tasks = () => rectOf(button(card, 'Tasks'));
      const before = { star: star(), tasks: tasks() };
      await startEditing(card);
      expect(card.editing).to.be.true;
      expect([star().x, star().y]).to.deep.equal([before.star.x, before.star.y]);
      expect([tasks().x, tasks().y]).to.deep.equal([before.tasks.x, before.tasks.y]);
      expectOneRowLevelWithTitle(card, `${width} px, editing`);
      button(card, 'Cancel').click();
      await card.updateComplete;
      expect([star().x, star().y]).to.deep.equal([before.star.x, before.star.y]);
    });
  }

  /** The words of the title that the layout broke across lines. */
  function brokenWords(card: SaleCard): string[] {
    const text = [...q(card, 'h2')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    const words = [...text.textContent!.matchAll(/\S+/g)];
    return words
      .filter((word) => {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      })
      .map((word) => word[0]);
  }

  // 280 px: a phone's 320 px less the page's margins.
  for (const width of [320, 280]) {
    for (const title of ['Warehouse scanners', 'Support agreement renewal', LONG_TITLE]) {
      it(`breaks the title between words, never inside one, at ${width} px: "${title.slice(0, 20)}…"`, async () => {
        const card = await mountCard(width, { ...SALE, title });
        expect(brokenWords(card)).to.deep.equal([]);
        expectOneRowLevelWithTitle(card, `${width} px`);
      });
    }

    it(`still breaks a word too long for the line at ${width} px, inside the header`, async () => {
      const word = 'Flåtestyringssystemintegrasjonsprosjektet';
      const card = await mountCard(width, { ...SALE, title: word });
      const title = rectOf(q(card, 'h2')!);
      const header = rectOf(q(card, '[part="header"]')!);
      expect(brokenWords(card)).to.deep.equal([word]);
      expect(title.right).to.be.at.most(header.right + 0.5);
      expect(q(card, 'h2')!.scrollWidth).to.be.at.most(q(card, 'h2')!.clientWidth);
      for (const action of actions(card)) expect(rectOf(action).right).to.be.at.most(header.right + 0.5);
    });
  }

  it('puts Tasks right after the star on a read-only card', async () => {
    const card = await mountCard(1000);
    card.readonly = true;
    await card.updateComplete;
    const [star, tasks] = actions(card);
    expect(actions(card)).to.have.length(2);
    expect(rectOf(tasks!).left - rectOf(star!).right).to.be.below(1);
  });
});
