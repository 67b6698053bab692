/**
 * <selection-panel> in containers from 320 to 1440 px: nothing sticks out sideways, a title may
 * end in an ellipsis but each row's date, amount and Overdue show whole, every row keeps one height,
 * and the listbox keeps its roles and keys.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/selection-panel.js';
import type { SelectionPanel } from '../../src/selection-panel.js';
import type { MemberInput } from '../../src/model/members.js';
import { SELECTION_TODAY, mixedMembers } from '../../stories/fixtures/selection-panel.js';
import { WIDTHS, rectOf, wideViewport } from './sale-card-layout.helpers.js';

/** The story's mix plus the widest row a panel meets: a long title and company, a large amount, late. */
const MEMBERS: MemberInput[] = [
  {
    id: 2001,
    title: 'Fibre installation for the whole harbour district and the ferry terminal',
    status: 'open',
    company: { id: 21, name: 'Kristiansand Havn og Marina Eiendom AS' },
    amount: 12_500_000,
    currency: 'EUR',
    saleDate: '2025-05-02',
  },
  ...mixedMembers,
];

async function frames(count: number) {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function mount(width: number, options: { lang?: string; scheme?: string } = {}) {
  const { lang = 'en', scheme = 'light' } = options;
  const wrapper = await fixture<HTMLElement>(
    html`<div
      lang=${lang}
      style="inline-size: ${width}px; color-scheme: ${scheme}; color: CanvasText; background: Canvas"
    >
      <selection-panel
        style="block-size: 32rem"
        .members=${MEMBERS}
        today=${SELECTION_TODAY}
      ></selection-panel>
    </div>`,
  );
  const panel = wrapper.querySelector('selection-panel')!;
  panel.selected = 1045;
  await panel.updateComplete;
  await frames(3);
  return panel;
}

const all = (panel: SelectionPanel, selector: string) => [
  ...panel.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const one = (panel: SelectionPanel, selector: string) =>
  panel.shadowRoot!.querySelector<HTMLElement>(selector)!;
const isWhole = (element: HTMLElement) => element.scrollWidth <= element.clientWidth;

/** `inner` lies inside `outer` sideways (half a pixel of rounding either side). */
function within(inner: HTMLElement, outer: HTMLElement): boolean {
  const a = rectOf(inner);
  const b = rectOf(outer);
  return a.left >= b.left - 0.5 && a.right <= b.right + 0.5;
}

function expectNoOverflow(panel: SelectionPanel, where: string) {
  expect(panel.scrollWidth, `${where}: the panel`).to.be.at.most(panel.clientWidth + 1);
  const listbox = one(panel, '[role="listbox"]');
  expect(listbox.scrollWidth, `${where}: the listbox`).to.be.at.most(listbox.clientWidth + 1);
  for (const part of ['heading', 'count', 'search', 'skip-completed']) {
    const element = one(panel, `[part~="${part}"]`);
    expect(within(element, listbox), `${where}: ${part} inside the panel`).to.equal(true);
  }
  expect(isWhole(one(panel, '[part~="count"]')), `${where}: the count`).to.equal(true);
}

/** Each shown row: the date, the amount and Overdue whole and inside the row; the title readable. */
function expectRowsReadable(panel: SelectionPanel, where: string) {
  const options = all(panel, '[role="option"]');
  expect(options.length, where).to.equal(MEMBERS.length);
  const overdue = options.filter((option) => option.querySelector('[part~="overdue"]'));
  expect(overdue.length, `${where}: late rows`).to.be.at.least(3);
  for (const option of options) {
    const name = option.querySelector('[part~="title"]')!.textContent!.trim().slice(0, 24);
    for (const selector of ['.date', '.amount', '[part~="overdue"]']) {
      const cue = option.querySelector<HTMLElement>(selector);
      if (!cue) continue;
      expect(isWhole(cue), `${where}: ${name} ${selector} is whole`).to.equal(true);
      expect(within(cue, option), `${where}: ${name} ${selector} inside the row`).to.equal(true);
      expect(rectOf(cue).width, `${where}: ${name} ${selector} shows`).to.be.greaterThan(10);
    }
    expect(rectOf(option.querySelector('[part~="title"]')!).width, `${where}: ${name} title`).to.be.at.least(
      100,
    );
  }
}

describe('<selection-panel> at container widths from 320 to 1440 px', () => {
  before(wideViewport);

  for (const width of WIDTHS) {
    it(`fits ${width} px with every date, amount and Overdue whole`, async () => {
      const panel = await mount(width);
      expectNoOverflow(panel, `${width} px`);
      expectRowsReadable(panel, `${width} px`);
      const heights = new Set(
        all(panel, '[role="option"]').map((option) => rectOf(option).height.toFixed(2)),
      );
      expect([...heights], 'one row height').to.have.length(1);
    });
  }

  for (const width of [320, 390]) {
    it(`fits the longer Norwegian texts at ${width} px`, async () => {
      const panel = await mount(width, { lang: 'nb' });
      expect(one(panel, '[part~="overdue"]').textContent!.trim()).to.equal('Forfalt');
      expectNoOverflow(panel, `${width} px, nb`);
      expectRowsReadable(panel, `${width} px, nb`);
    });
  }

  it('keeps the listbox roles and keys at 320 px', async () => {
    const panel = await mount(320);
    const listbox = one(panel, '[role="listbox"]');
    expect(listbox.getAttribute('aria-label') ?? listbox.getAttribute('aria-labelledby')).to.be.a('string');
    listbox.focus();
    await sendKeys({ press: 'Home' });
    await panel.updateComplete;
    const first = listbox.getAttribute('aria-activedescendant');
    await sendKeys({ press: 'ArrowDown' });
    await panel.updateComplete;
    const second = listbox.getAttribute('aria-activedescendant');
    expect(second).to.be.a('string').and.not.equal(first);
    expect(within(panel.shadowRoot!.getElementById(second!)!, listbox)).to.equal(true);
  });

  for (const scheme of ['light', 'dark']) {
    it(`is accessible at 390 px in ${scheme}`, async () => {
      const panel = await mount(390, { scheme });
      await expect(panel).to.be.accessible();
    });
  }
});
