/**
 * <sales-guide-card> in containers from 320 to 1440 px: nothing sticks out sideways, the stage bar
 * wraps with the current stage whole and in view, step titles keep room to be read, and the stages
 * keep their names and their reading order for the keyboard.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/sales-guide-card.js';
import type { SalesGuideCard } from '../../src/sales-guide-card.js';
import type { SalesGuide } from '../../src/model/types.js';
import { longTextGuide, standardGuide } from '../../stories/fixtures/guide.js';
import { WIDTHS, rectOf, wideViewport } from './sale-card-layout.helpers.js';

/** A step title narrower than this wraps a word or two per line. */
const MIN_TITLE_WIDTH = 120;

interface Options {
  guide?: SalesGuide;
  lang?: string;
  scheme?: string;
  readonly?: boolean;
  showAll?: boolean;
}

async function mount(width: number, options: Options = {}) {
  const { guide = standardGuide, lang = 'en', scheme = 'light', readonly = false, showAll = false } = options;
  const wrapper = await fixture<HTMLElement>(
    html`<div
      lang=${lang}
      style="inline-size: ${width}px; color-scheme: ${scheme}; color: CanvasText; background: Canvas"
    >
      <sales-guide-card
        .guide=${guide}
        .stageId=${3}
        status="open"
        ?readonly=${readonly}
        ?show-all-stages=${showAll}
        heading-level="3"
      ></sales-guide-card>
    </div>`,
  );
  const card = wrapper.querySelector('sales-guide-card')!;
  await card.updateComplete;
  return card;
}

const all = (card: SalesGuideCard, selector: string) => [
  ...card.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const isWhole = (element: HTMLElement) => element.scrollWidth <= element.clientWidth;

function expectInside(element: Element, card: SalesGuideCard, what: string) {
  const box = rectOf(card);
  const inner = rectOf(element);
  expect(inner.left, `${what}: left edge`).to.be.at.least(box.left - 0.5);
  expect(inner.right, `${what}: right edge`).to.be.at.most(box.right + 0.5);
}

function expectReadable(card: SalesGuideCard, where: string) {
  expect(card.scrollWidth, `${where}: the card`).to.be.at.most(card.clientWidth + 1);
  const visible = all(card, '*').filter((element) => element.checkVisibility({ visibilityProperty: true }));
  for (const element of visible.filter((element) => !element.closest('.visually-hidden'))) {
    expectInside(element, card, `${where}: ${element.outerHTML.slice(0, 60)}`);
  }
  const current = all(card, '[aria-current="step"]');
  expect(current, `${where}: one current stage`).to.have.length(1);
  expectInside(current[0]!, card, `${where}: the current stage`);
  for (const stage of all(card, '[part~="stage"]')) {
    expect(isWhole(stage), `${where}: stage ${stage.textContent!.trim()} whole`).to.equal(true);
  }
  const titles = all(card, '[part~="step"] > span:not(.mark)');
  expect(titles.length, `${where}: step titles`).to.be.greaterThan(0);
  for (const title of titles) {
    const name = title.textContent!.trim().slice(0, 30);
    expect(rectOf(title).width, `${where}: step ${name}`).to.be.at.least(MIN_TITLE_WIDTH);
    expect(isWhole(title), `${where}: step ${name} whole`).to.equal(true);
  }
}

/** Each stage after the one before: further along its line, or on a later line. */
function expectReadingOrder(card: SalesGuideCard, where: string) {
  const boxes = all(card, '[part~="stage"]').map(rectOf);
  for (let at = 1; at < boxes.length; at++) {
    const [before, after] = [boxes[at - 1]!, boxes[at]!];
    const sameLine = Math.abs(after.top - before.top) < 1;
    expect(
      sameLine ? after.left > before.right : after.top >= before.bottom,
      `${where}: stage ${at + 1}`,
    ).to.equal(true);
  }
}

describe('<sales-guide-card> at container widths from 320 to 1440 px', () => {
  before(wideViewport);

  for (const width of WIDTHS) {
    it(`fits ${width} px with the current stage and the step titles readable`, async () => {
      const card = await mount(width);
      expectReadable(card, `${width} px`);
      expectReadingOrder(card, `${width} px`);
    });
  }

  for (const width of [320, 390]) {
    it(`fits long stage names and step titles at ${width} px`, async () => {
      const card = await mount(width, { guide: longTextGuide });
      expectReadable(card, `${width} px, long text`);
      expectReadingOrder(card, `${width} px, long text`);
    });

    it(`fits every stage in Norwegian, read-only, at ${width} px`, async () => {
      const card = await mount(width, { lang: 'nb', readonly: true, showAll: true });
      expectReadable(card, `${width} px, nb, read-only`);
    });
  }

  it('wraps the stage bar at 320 px instead of scrolling it', async () => {
    const card = await mount(320);
    const stages = all(card, '[part~="stage"]');
    const lines = new Set(stages.map((stage) => Math.round(rectOf(stage).top)));
    expect(lines.size, 'lines of stages').to.be.greaterThan(1);
    const bar = all(card, '[part~="stages"]')[0]!;
    expect(bar.scrollWidth).to.be.at.most(bar.clientWidth);
  });

  it('keeps the stages as buttons in reading order for Tab at 320 px', async () => {
    const card = await mount(320);
    const stages = all(card, 'button[part~="stage"]');
    expect(stages.map((stage) => stage.getAttribute('aria-label'))).to.deep.equal([
      'Lead, done',
      'Needs analysis, done',
      'Proposal, current stage',
      'Negotiation, upcoming',
    ]);
    stages[0]!.focus();
    for (const stage of stages.slice(1)) {
      await sendKeys({ press: 'Tab' });
      expect(card.shadowRoot!.activeElement).to.equal(stage);
    }
  });

  for (const scheme of ['light', 'dark']) {
    it(`is accessible at 390 px in ${scheme}`, async () => {
      const card = await mount(390, { scheme });
      await expect(card).to.be.accessible();
    });
  }
});
