import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, spyOn, userEvent } from 'storybook/test';
import '../src/sale-sections.js';
import { saleSectionsMessages } from '../src/elements/sale-sections/sale-sections.messages.js';
import { languageOf, message } from '../src/i18n/messages.js';
import type { Sale, SalesGuide } from '../src/model/types.js';
import type { SaleSections } from '../src/sale-sections.js';
import { standardGuide } from './fixtures/guide.js';
import { saleByStatus } from './fixtures/sales.js';
import { rendered } from './support/shadow.js';

type Args = {
  sale?: Sale;
  guide?: SalesGuide;
  premium: boolean;
  selected: string;
  today: string;
};

type SectionsKey = keyof (typeof saleSectionsMessages)['en'];

function say(globals: Record<string, unknown>, key: SectionsKey, params?: Record<string, string>): string {
  return message(languageOf(String(globals['locale'])), key, params, saleSectionsMessages);
}

/** The open sample sale with follow-ups, stakeholders and a quote. */
const saleWithDetails = {
  ...saleByStatus.open,
  stage: { id: 2, name: 'Needs analysis', probability: 30 },
  activities: [
    {
      id: 1,
      title: 'Discovery meeting',
      date: '2025-05-20',
      type: 'Meeting',
      company: saleByStatus.open.company,
      person: { id: 21, name: 'Kari Nordmann' },
      owner: { id: 5, name: 'Ola Hansen' },
    },
    { id: 2, title: 'Send needs summary', date: '2025-06-02', type: 'Task', done: true },
    { id: 3, title: 'Site visit in Bergen', date: '2025-06-24', type: 'Meeting' },
  ],
  stakeholders: [
    {
      id: 31,
      person: { id: 21, name: 'Kari Nordmann' },
      company: saleByStatus.open.company,
      role: 'Decision maker',
      comment: 'Signs everything above NOK 100 000',
      email: 'kari.nordmann@fjordline.example',
      phone: '+47 55 00 00 00',
    },
    { id: 32, person: { id: 22, name: 'Per Olsen' }, role: 'User' },
  ],
  quote: {
    id: 77,
    number: 'Q-1041-2',
    title: 'Fleet tracking, 40 trucks',
    version: 2,
    amount: 480_000,
    currency: 'NOK',
    status: 'Sent',
    validUntil: '2025-07-01',
  },
} as Sale;

const meta = {
  title: 'Elements/Sale sections',
  component: 'sale-sections',
  args: {
    sale: saleWithDetails,
    guide: standardGuide,
    premium: true,
    selected: 'activities',
    today: '2025-06-15',
  },
  argTypes: {
    selected: { control: 'select', options: ['activities', 'guide', 'stakeholders', 'quote'] },
    sale: { control: 'object' },
    guide: { control: 'object' },
  },
  render: (args) =>
    html`<sale-sections
      .sale=${args.sale}
      .guide=${args.guide}
      ?premium=${args.premium}
      selected=${args.selected}
      today=${args.today}
    ></sale-sections>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const sections = (canvasElement: HTMLElement) => rendered(canvasElement, 'sale-sections');
async function tabLabels(element: SaleSections): Promise<string[]> {
  const tabs = element.shadowRoot!.querySelector('sale-tabs')!;
  await tabs.updateComplete;
  return [...tabs.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());
}
const grid = (element: SaleSections) => element.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;

/** Activities with Premium: every tab, the first activity overdue. */
export const Activities: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await sections(canvasElement);
    await expect(await tabLabels(element)).toEqual(
      (['sections.activities', 'sections.guide', 'sections.stakeholders', 'sections.quote'] as const).map(
        (key) => say(globals, key),
      ),
    );
    await expect(grid(element)).toHaveAccessibleName(say(globals, 'sections.activities'));
    const overdue = element.shadowRoot!.querySelectorAll('[part="overdue"]');
    await expect(overdue).toHaveLength(1);
  },
};

/** Sorting by a header sets `aria-sort`; Enter on a row opens it. */
export const SortAndOpen: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await sections(canvasElement);
    const header = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')].find(
      (candidate) => candidate.textContent!.trim() === say(globals, 'activities.description'),
    )!;
    await userEvent.click(header.querySelector('button')!);
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const opened: unknown[] = [];
    element.addEventListener('sale-activity-open', (event) => opened.push(event.detail));
    element.shadowRoot!.querySelector<HTMLElement>('.body [role="rowheader"]')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect(opened).toEqual([{ id: 1 }]);
  },
};

export const Guide: Story = {
  args: { selected: 'guide' },
  play: async ({ canvasElement }) => {
    const element = await sections(canvasElement);
    const card = element.shadowRoot!.querySelector('sales-guide-card')!;
    await card.updateComplete;
    await expect(card.shadowRoot!.querySelector('[aria-current="step"]')).toHaveTextContent('Needs analysis');
  },
};

export const Stakeholders: Story = {
  args: { selected: 'stakeholders' },
  play: async ({ canvasElement, globals }) => {
    const element = await sections(canvasElement);
    await expect(grid(element)).toHaveAccessibleName(say(globals, 'sections.stakeholders'));
    await expect(element.shadowRoot!.querySelectorAll('.body [role="row"]')).toHaveLength(2);
  },
};

export const Quote: Story = {
  args: { selected: 'quote' },
  play: async ({ canvasElement, globals }) => {
    const element = await sections(canvasElement);
    const open = element.shadowRoot!.querySelector('[part="open-quote-button"]')!;
    await expect(open).toHaveTextContent(say(globals, 'quote.open'));
  },
};

/** A sold sale: the quote is shown without actions. */
export const QuoteOfSoldSale: Story = {
  args: { selected: 'quote', sale: { ...saleWithDetails, status: 'sold' } },
  play: async ({ canvasElement }) => {
    const element = await sections(canvasElement);
    await expect(element.shadowRoot!.querySelectorAll('button')).toHaveLength(0);
  },
};

export const WithoutPremium: Story = {
  args: { premium: false },
  play: async ({ canvasElement, globals }) => {
    await expect(await tabLabels(await sections(canvasElement))).toEqual([
      say(globals, 'sections.activities'),
    ]);
  },
};

export const WithoutGuide: Story = {
  args: { guide: undefined },
  play: async ({ canvasElement, globals }) => {
    const labels = await tabLabels(await sections(canvasElement));
    await expect(labels).not.toContain(say(globals, 'sections.guide'));
    await expect(labels).toHaveLength(3);
  },
};

export const EmptyLists: Story = {
  args: { sale: saleByStatus.open as Sale, selected: 'stakeholders' },
  play: async ({ canvasElement, globals }) => {
    const element = await sections(canvasElement);
    await expect(element.shadowRoot!.querySelector('.empty')).toHaveTextContent(
      say(globals, 'stakeholders.empty'),
    );
  },
};

export const NoQuote: Story = {
  args: { sale: saleByStatus.open as Sale, selected: 'quote' },
  play: async ({ canvasElement, globals }) => {
    const element = await sections(canvasElement);
    await expect(element.shadowRoot!.querySelector('[part="create-quote-button"]')).toHaveTextContent(
      say(globals, 'quote.create'),
    );
  },
};

export const Norwegian: Story = {
  globals: { locale: 'nb' },
  play: async ({ canvasElement }) => {
    const element = await sections(canvasElement);
    await expect(await tabLabels(element)).toEqual(['Aktiviteter', 'Salgsguide', 'Interessenter', 'Tilbud']);
    await expect(element.shadowRoot!.querySelector('[part="overdue"]')).toHaveTextContent('Forfalt');
  },
};

export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = await sections(canvasElement);
    const date = element.shadowRoot!.querySelector('.overdue-date')!;
    await expect(getComputedStyle(date).color).toBe('rgb(255, 138, 128)');
  },
};

/** A sale that is not an object: empty cards and one warning. */
export const InvalidSale: Story = {
  args: { sale: null as unknown as Sale },
  beforeEach: () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => {});
    return () => warn.mockRestore();
  },
  play: async ({ canvasElement, globals }) => {
    const element = await sections(canvasElement);
    await expect(element.shadowRoot!.querySelector('.empty')).toHaveTextContent(
      say(globals, 'activities.empty'),
    );
    await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('sale:'));
  },
};

/** In a 390 px container (a side panel, a phone): each activity on two lines, still a grid. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="inline-size: 390px">
      <sale-sections
        .sale=${args.sale}
        .guide=${args.guide}
        ?premium=${args.premium}
        selected=${args.selected}
        today=${args.today}
      ></sale-sections>
    </div>`,
  play: async ({ canvasElement, globals }) => {
    const element = await sections(canvasElement);
    await expect(grid(element)).toHaveAccessibleName(say(globals, 'sections.activities'));
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
    const row = element.shadowRoot!.querySelector<HTMLElement>('.body [role="row"]')!;
    await expect(getComputedStyle(row).display).toBe('flex');
  },
};

/** No activities yet: an icon, the sentence and Add activity. */
export const EmptyActivities: Story = {
  args: { sale: saleByStatus.open as Sale },
  play: async ({ canvasElement, globals }) => {
    const element = await sections(canvasElement);
    const state = element.shadowRoot!.querySelector<HTMLElement>('.empty-state')!;
    await expect(state.querySelector('.empty')).toHaveTextContent(say(globals, 'activities.empty'));
    const added: unknown[] = [];
    element.addEventListener('sale-activity-add', (event) => added.push(event.detail));
    await userEvent.click(state.querySelector('button')!);
    await expect(added).toEqual([{ saleId: saleByStatus.open.id }]);
  },
};
