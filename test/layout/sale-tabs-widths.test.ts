/**
 * <sale-tabs> in containers from 320 to 1440 px: the tabs stay on one row that scrolls sideways
 * inside the element, the selected tab is whole and in view (also after the container narrows),
 * the panel fits, and the tab list keeps its roles and keys.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/sale-tabs.js';
import type { SaleTabs, TabDefinition } from '../../src/sale-tabs.js';
import { WIDTHS, rectOf, wideViewport } from './sale-card-layout.helpers.js';

/** The detail cards' tabs and the card's, in Norwegian where the labels are longest. */
const TABS: TabDefinition[] = [
  { id: 'activities', label: 'Aktiviteter' },
  { id: 'guide', label: 'Salgsguide' },
  { id: 'stakeholders', label: 'Interessenter' },
  { id: 'quote', label: 'Tilbud' },
  { id: 'notes', label: 'Notater', marked: true },
  { id: 'links', label: 'Lenker', marked: true },
];

async function frames(count: number) {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function mount(width: number, options: { selected?: string; scheme?: string } = {}) {
  const { selected = 'links', scheme = 'light' } = options;
  const wrapper = await fixture<HTMLElement>(
    html`<div
      lang="nb"
      style="inline-size: ${width}px; color-scheme: ${scheme}; color: CanvasText; background: Canvas"
    >
      <sale-tabs .tabs=${TABS} selected=${selected} label="Salgsdetaljer">
        ${TABS.map(
          (tab) =>
            html`<p slot=${tab.id}>
              ${tab.label}: Flåtestyring for 40 lastebiler hos Fjordline Logistikk AS, 480 000 kr.
            </p>`,
        )}
      </sale-tabs>
    </div>`,
  );
  const tabs = wrapper.querySelector('sale-tabs')!;
  await tabs.updateComplete;
  await frames(2);
  return { wrapper, tabs };
}

const rowOf = (tabs: SaleTabs) => tabs.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
const tabsOf = (tabs: SaleTabs) => [...rowOf(tabs).querySelectorAll<HTMLElement>('[role="tab"]')];
const selectedOf = (tabs: SaleTabs) =>
  tabsOf(tabs).find((tab) => tab.getAttribute('aria-selected') === 'true')!;

function expectInView(tabs: SaleTabs, where: string) {
  const row = rectOf(rowOf(tabs));
  const tab = selectedOf(tabs);
  const box = rectOf(tab);
  expect(box.left, `${where}: ${tab.textContent!.trim()} left edge`).to.be.at.least(row.left - 0.5);
  expect(box.right, `${where}: ${tab.textContent!.trim()} right edge`).to.be.at.most(row.right + 0.5);
}

function expectFits(tabs: SaleTabs, where: string) {
  expect(tabs.scrollWidth, `${where}: the element`).to.be.at.most(tabs.clientWidth + 1);
  const row = rowOf(tabs);
  expect(rectOf(row).width, `${where}: the row`).to.be.at.most(rectOf(tabs).width + 0.5);
  expect(new Set(tabsOf(tabs).map((tab) => Math.round(rectOf(tab).top))).size, `${where}: one row`).to.equal(
    1,
  );
  for (const tab of tabsOf(tabs)) {
    expect(tab.scrollWidth, `${where}: ${tab.textContent!.trim()} whole`).to.be.at.most(tab.clientWidth);
  }
  const panel = tabs.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]')!;
  expect(rectOf(panel).right, `${where}: the panel`).to.be.at.most(rectOf(tabs).right + 0.5);
}

describe('<sale-tabs> at container widths from 320 to 1440 px', () => {
  before(wideViewport);

  for (const width of WIDTHS) {
    it(`fits ${width} px with the selected last tab in view`, async () => {
      const { tabs } = await mount(width);
      expectFits(tabs, `${width} px`);
      expectInView(tabs, `${width} px`);
      const row = rowOf(tabs);
      expect(getComputedStyle(row).overflowX).to.equal('auto');
      if (width <= 390) expect(row.scrollWidth, 'the six tabs do not fit').to.be.greaterThan(row.clientWidth);
    });
  }

  it('keeps the selected tab in view when its container narrows', async () => {
    const { wrapper, tabs } = await mount(1024);
    for (const width of [390, 320]) {
      wrapper.style.setProperty('inline-size', `${width}px`);
      await frames(3);
      expectFits(tabs, `narrowed to ${width} px`);
      expectInView(tabs, `narrowed to ${width} px`);
    }
  });

  it('moves with the arrow keys, Home and End, each tab in view, at 320 px', async () => {
    const { tabs } = await mount(320, { selected: 'activities' });
    selectedOf(tabs).focus();
    for (const [key, label] of [
      ['End', 'Lenker'],
      ['Home', 'Aktiviteter'],
      ['ArrowLeft', 'Lenker'],
      ['ArrowLeft', 'Notater'],
    ]) {
      await sendKeys({ press: key! });
      await tabs.updateComplete;
      expect(selectedOf(tabs).textContent!.trim().split(',')[0]).to.equal(label);
      expect(tabs.shadowRoot!.activeElement).to.equal(selectedOf(tabs));
      expectInView(tabs, `after ${key}`);
    }
  });

  for (const scheme of ['light', 'dark']) {
    it(`is accessible at 390 px in ${scheme}`, async () => {
      const { tabs } = await mount(390, { scheme });
      await expect(tabs).to.be.accessible();
    });
  }
});
