// <sale-card> in narrow containers, and its summary strip: the layout of issue 19.
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/sale-card.js';
import type { SaleCard } from '../src/sale-card.js';
import { languageOf, message } from '../src/i18n/messages.js';
import { saleCardMessages, type SaleCardMessageKey } from '../src/elements/sale-card/sale-card.messages.js';
import type { Sale } from '../src/model/types.js';
import { cardLists, cardSales, cardToday } from './fixtures/sale-card.js';
import { rendered } from './support/shadow.js';

type Args = { sale: unknown; today: string };

const meta = {
  title: 'Elements/Sale card/Layout',
  component: 'sale-card',
  args: { sale: cardSales.open, today: cardToday },
  argTypes: { sale: { control: 'object' }, today: { control: 'text' } },
  render: (args) =>
    html`<sale-card
      today=${args.today}
      .sale=${args.sale as Sale}
      .stages=${cardLists.stages}
      .saleTypes=${cardLists.saleTypes}
      .currencies=${cardLists.currencies}
      .sources=${cardLists.sources}
      .competitors=${cardLists.competitors}
      .credited=${cardLists.credited}
      .reasons=${cardLists.reasons}
      .position=${{ index: 2, total: 12 }}
    ></sale-card>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Puts the card in a container `width` px wide, as a side panel or a phone would. */
const inContainer =
  (width: number): Decorator =>
  (story) =>
    html`<div style="inline-size: ${width}px; outline: 1px dashed #8888">${story()}</div>`;

const t = (globals: Record<string, unknown>, key: SaleCardMessageKey, params?: Record<string, number>) =>
  message(languageOf(String(globals['locale'])), key, params, saleCardMessages);

const part = (element: SaleCard, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const box = (element: Element) => element.getBoundingClientRect();

async function expectFitsAndOneRowOfActions(element: SaleCard) {
  await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  const actions = [...part(element, 'header').querySelectorAll('button[part~="button"]')];
  await expect(actions).toHaveLength(3);
  for (const action of actions) await expect(box(action).top).toBeCloseTo(box(actions[0]!).top, 0);
}

async function expectLastTabInView(element: SaleCard) {
  const row = element.shadowRoot!.querySelector('sale-tabs')!.shadowRoot!.querySelector('[role="tablist"]')!;
  const last = [...row.querySelectorAll<HTMLElement>('[role="tab"]')].at(-1)!;
  last.click();
  await element.updateComplete;
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(box(last).right).toBeLessThanOrEqual(box(row).right + 0.5);
  await expect(box(last).left).toBeGreaterThanOrEqual(box(row).left - 0.5);
}

/** A phone-sized container: one column of fields, the header's actions on one row, a scrolling tab row. */
export const Narrow320: Story = {
  decorators: [inContainer(320)],
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-card');
    await expectFitsAndOneRowOfActions(element);
    await expectLastTabInView(element);
  },
};

export const Narrow390: Story = {
  decorators: [inContainer(390)],
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-card');
    await expectFitsAndOneRowOfActions(element);
    await expectLastTabInView(element);
  },
};

/** Editing in 320 px: the star stays where it was (Edit's place is kept). */
export const Narrow320Editing: Story = {
  decorators: [inContainer(320)],
  play: async ({ canvasElement, globals }) => {
    const element = await rendered(canvasElement, 'sale-card');
    const star = () => box(part(element, 'header').querySelector('.favourite')!);
    const before = star();
    const edit = [...part(element, 'header').querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === t(globals, 'action.edit'),
    )!;
    edit.click();
    await element.updateComplete;
    await expect(element.editing).toBe(true);
    await expect([star().x, star().y]).toEqual([before.x, before.y]);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  },
};

/** The key facts under the header, and the stage as a path with the current stage marked. */
export const SummaryStrip: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await rendered(canvasElement, 'sale-card');
    const summary = part(element, 'summary');
    await expect(summary).toHaveAttribute('aria-label', t(globals, 'summary.label'));
    await expect(summary.querySelector('.facts')!.children).toHaveLength(4);
    const current = part(element, 'stages').querySelector('[aria-current="step"]')!;
    const position = t(globals, 'summary.stagePosition', { index: 2, total: 3 });
    await expect(current.textContent!.replace(/\s+/g, ' ').trim()).toBe(`${position} Proposal`);
    await expect(summary.querySelector('.late')).toBeNull();
  },
};

/** The sale date has passed: only the date is red, with the word Overdue. */
export const SummaryOverdue: Story = {
  args: { sale: { ...cardSales.open, saleDate: '2025-05-02' } },
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-card');
    await expect(part(element, 'summary').querySelector('.late')).toBeVisible();
  },
};

/** A sold sale: Sold as the stage, no path. */
export const SummarySold: Story = {
  args: { sale: cardSales.sold },
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-card');
    await expect(element.shadowRoot!.querySelector('[part~="stages"]')).toBeNull();
  },
};
