import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, spyOn, userEvent } from 'storybook/test';
import '../src/sales-guide-card.js';
import { salesGuideCardMessages } from '../src/elements/sales-guide-card/sales-guide-card.messages.js';
import { languageOf, message } from '../src/i18n/messages.js';
import { SALE_STATUSES, type Id, type SalesGuide, type SaleStatus } from '../src/model/types.js';
import type { SalesGuideCard } from '../src/sales-guide-card.js';
import { guideWithStageDone, longTextGuide, standardGuide } from './fixtures/guide.js';
import { rendered, shadowPart } from './support/shadow.js';

type Args = {
  guide?: SalesGuide;
  stageId?: Id;
  status: SaleStatus;
  readonly: boolean;
  showAllStages: boolean;
  headingLevel: number;
};

type GuideKey = keyof (typeof salesGuideCardMessages)['en'];

/** A message of the card in the story's language, so plays pass with either toolbar language. */
function say(globals: Record<string, unknown>, key: GuideKey, params?: Record<string, string>): string {
  return message(languageOf(String(globals['locale'])), key, params, salesGuideCardMessages);
}

const meta = {
  title: 'Elements/Sales guide card',
  component: 'sales-guide-card',
  args: {
    guide: standardGuide,
    stageId: 2,
    status: 'open',
    readonly: false,
    showAllStages: false,
    headingLevel: 3,
  },
  argTypes: {
    status: { control: 'select', options: SALE_STATUSES },
    stageId: { control: 'select', options: standardGuide.stages.map((stage) => stage.stageId) },
    guide: { control: 'object' },
  },
  render: (args) =>
    html`<sales-guide-card
      .guide=${args.guide}
      .stageId=${args.stageId}
      status=${args.status}
      ?readonly=${args.readonly}
      ?show-all-stages=${args.showAllStages}
      heading-level=${args.headingLevel}
    ></sales-guide-card>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const card = (canvasElement: HTMLElement) => rendered(canvasElement, 'sales-guide-card');
const stagesOf = (element: SalesGuideCard) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="stage"]'),
];
const positionsOf = (element: SalesGuideCard) =>
  stagesOf(element).map((stage) => /stage-(\w+)/.exec(stage.getAttribute('part')!)![1]);
const createButtons = (element: SalesGuideCard) => [
  ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="create"]'),
];

/** The first stage is current: every later stage is upcoming (an empty circle). */
export const FirstStage: Story = {
  args: { stageId: 1 },
  play: async ({ canvasElement, globals }) => {
    const element = await card(canvasElement);
    await expect(positionsOf(element)).toEqual(['current', 'upcoming', 'upcoming', 'upcoming']);
    await expect(stagesOf(element)[0]).toHaveAttribute('aria-current', 'step');
    await expect(stagesOf(element)[0]).toHaveAccessibleName(
      `Lead, ${say(globals, 'guide.position.current')}`,
    );
  },
};

/** A stage in the middle: earlier stages show a check, the current one a filled circle. */
export const MiddleStage: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await card(canvasElement);
    await expect(positionsOf(element)).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    await expect(stagesOf(element)[0]).toHaveAccessibleName(`Lead, ${say(globals, 'guide.position.done')}`);
    await expect(createButtons(element).map((button) => button.getAttribute('aria-label'))).toEqual([
      say(globals, 'guide.create', { title: 'Discovery meeting' }),
      say(globals, 'guide.create', { title: 'Site visit' }),
      say(globals, 'guide.create', { title: 'Needs summary' }),
    ]);
  },
};

export const LastStage: Story = {
  args: { stageId: 4 },
  play: async ({ canvasElement }) => {
    const element = await card(canvasElement);
    await expect(positionsOf(element)).toEqual(['done', 'done', 'done', 'current']);
  },
};

/** Every step of the current stage is done and the guide auto-advances: it offers the next stage. */
export const AllDoneOffersNextStage: Story = {
  args: { guide: guideWithStageDone(2) },
  play: async ({ canvasElement, globals, step }) => {
    const element = await card(canvasElement);
    const offer = shadowPart(element, 'offer');
    await expect(offer).toHaveAttribute('role', 'group');
    await expect(offer).toHaveAccessibleName(
      expect.stringContaining(say(globals, 'guide.moveTo', { stage: 'Proposal' })),
    );
    await step('Yes asks the host to move to the next stage', async () => {
      const events: unknown[] = [];
      const listener = (event: Event) => events.push((event as CustomEvent).detail);
      element.addEventListener('sale-stage-change', listener);
      const yes = [...offer.querySelectorAll('button')].find(
        (button) => button.textContent!.trim() === say(globals, 'guide.yes'),
      )!;
      await userEvent.click(yes);
      element.removeEventListener('sale-stage-change', listener);
      await expect(events).toEqual([{ stageId: 3 }]);
    });
  },
};

/** The user clicks a step's checkbox and its Create button; the card reports both to the host. */
export const CompleteAndCreate: Story = {
  play: async ({ canvasElement }) => {
    const element = await card(canvasElement);
    const events: unknown[] = [];
    const listener = (event: Event) => events.push((event as CustomEvent).detail);
    element.addEventListener('sale-guide-step', listener);
    const box = element.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="step"] input')[1]!;
    await userEvent.click(box);
    await userEvent.click(createButtons(element)[2]!);
    element.removeEventListener('sale-guide-step', listener);
    await expect(events).toEqual([
      { stageId: 2, stepId: 22, action: 'complete' },
      { stageId: 2, stepId: 23, action: 'create' },
    ]);
  },
};

/** Every stage's steps, under stage headings. */
export const ShowAllStages: Story = {
  args: { showAllStages: true },
  play: async ({ canvasElement }) => {
    const element = await card(canvasElement);
    const headings = element.shadowRoot!.querySelectorAll('.stage-heading');
    await expect(headings).toHaveLength(4);
    await expect(createButtons(element)).toHaveLength(8);
  },
};

/** Read-only: the stages and steps show their state, with no action at all. */
export const ReadOnly: Story = {
  args: { readonly: true },
  play: async ({ canvasElement }) => {
    const element = await card(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('[part~="stages"] button')).toHaveLength(0);
    await expect(createButtons(element)).toHaveLength(0);
    await expect(stagesOf(element)[1]).toHaveAttribute('aria-current', 'step');
  },
};

/** A sold sale: the guide is finished, every stage checked. */
export const FinishedSold: Story = {
  args: { status: 'sold' },
  play: async ({ canvasElement, globals }) => {
    const element = await card(canvasElement);
    await expect(shadowPart(element, 'status')).toHaveTextContent(say(globals, 'guide.finished.sold'));
    await expect(positionsOf(element)).toEqual(['done', 'done', 'done', 'done']);
    await expect(element.shadowRoot!.querySelectorAll('button')).toHaveLength(0);
  },
};

export const FinishedLost: Story = {
  args: { status: 'lost' },
  play: async ({ canvasElement, globals }) => {
    const element = await card(canvasElement);
    await expect(shadowPart(element, 'status')).toHaveTextContent(say(globals, 'guide.finished.lost'));
  },
};

export const Norwegian: Story = {
  args: { guide: guideWithStageDone(2) },
  globals: { locale: 'nb' },
  play: async ({ canvasElement }) => {
    const element = await card(canvasElement);
    await expect(shadowPart(element, 'offer')).toHaveTextContent(/Gå til Proposal\?/);
    await expect(shadowPart(element, 'show-all')).toHaveTextContent('Vis alle faser');
    await expect(createButtons(element)[0]).toHaveAccessibleName('Opprett Discovery meeting');
  },
};

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = await card(canvasElement);
    const icon = stagesOf(element)[1]!.querySelector('svg')!;
    await expect(getComputedStyle(icon).color).toBe('rgb(138, 180, 248)');
  },
};

/** Long names wrap instead of overflowing. */
export const LongText: Story = {
  args: { guide: longTextGuide },
  decorators: [(story) => html`<div style="max-inline-size: 28rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const element = await card(canvasElement);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
  },
};

/** A guide without stages (here: `stages` missing) shows a message and warns once naming the field. */
export const InvalidGuide: Story = {
  args: { guide: { id: 1, name: 'Broken' } as unknown as SalesGuide },
  beforeEach: () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => {});
    return () => warn.mockRestore();
  },
  play: async ({ canvasElement, globals }) => {
    const element = await card(canvasElement);
    await expect(element.shadowRoot!.textContent!.trim()).toBe(say(globals, 'guide.noStages'));
    await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('guide.stages'));
  },
};

/** No guide at all: a neutral message. */
export const NoGuide: Story = {
  args: { guide: undefined },
  play: async ({ canvasElement, globals }) => {
    const element = await card(canvasElement);
    await expect(element.shadowRoot!.textContent!.trim()).toBe(say(globals, 'guide.empty'));
  },
};

/** A phone-sized container (390 px): the stage bar wraps with the current stage in view, step titles keep room. */
export const Narrow390: Story = {
  decorators: [(story) => html`<div style="inline-size: 390px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const element = await card(canvasElement);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
    const current = element.shadowRoot!.querySelector('[aria-current="step"]')!.getBoundingClientRect();
    await expect(current.right).toBeLessThanOrEqual(element.getBoundingClientRect().right + 0.5);
    const lines = new Set(stagesOf(element).map((stage) => Math.round(stage.getBoundingClientRect().top)));
    await expect(lines.size).toBeGreaterThan(1);
  },
};
