import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/sale-screen.js';
import type { Sale } from '../src/model/types.js';
import type { SaleScreen, SalesSource } from '../src/sale-screen.js';
import { createMemorySource, type MemorySourceOptions } from '../src/sale-screen.js';
import { cardToday } from './fixtures/sale-card.js';
import { screenLists, screenSales } from './fixtures/sale-screen.js';
import { rendered, shadowPart } from './support/shadow.js';

type Args = {
  /** Which data source the story gives the screen. */
  source: 'memory' | 'loading' | 'failing sale' | 'failing save' | 'unreachable on save';
  width: number;
  premium: boolean;
  readonly: boolean;
  heading: string;
  today: string;
};

/** The source for `kind`: the memory source, one whose sales never arrive, or one that refuses. */
function sourceFor(kind: Args['source']): SalesSource {
  const fail: MemorySourceOptions['fail'] =
    kind === 'failing sale' ? ['sale'] : kind === 'failing save' ? ['save'] : undefined;
  const source = createMemorySource({ lists: screenLists, sales: screenSales() }, { fail });
  if (kind === 'unreachable on save') {
    // A source that says what kind of failure it is (SourceErrorCode): the screen words it.
    const unreachable = Object.assign(new Error('fetch failed'), { code: 'unreachable' });
    return { ...source, save: () => Promise.reject(unreachable) };
  }
  if (kind !== 'loading') return source;
  return { ...source, sale: () => new Promise<Sale>(() => {}) };
}

/** A button of the screen, the card or the sections by its visible text. */
function buttonIn(host: Element, text: string): HTMLButtonElement {
  const found = [...host.shadowRoot!.querySelectorAll('button')].find(
    (button) => button.textContent!.trim() === text,
  );
  if (!found) throw new Error(`<${host.localName}> has no button "${text}".`);
  return found;
}

const cardOf = (screen: SaleScreen) => screen.shadowRoot!.querySelector('sale-card')!;

/** The screen's card, once Edit has put it in edit mode. */
async function startEditing(screen: SaleScreen) {
  const card = cardOf(screen);
  card.shadowRoot!.querySelector<HTMLButtonElement>('#edit-button')!.click();
  await card.updateComplete;
  await waitFor(() => expect(card.editing).toBe(true));
  return card;
}

/** The screen once its first sale (or its failure) shows. */
async function readyScreen(canvas: HTMLElement): Promise<SaleScreen> {
  const screen = await rendered(canvas, 'sale-screen');
  await waitFor(() => expect(screen.getAttribute('aria-busy')).toBe('false'));
  await cardOf(screen).updateComplete;
  return screen;
}

const meta = {
  title: 'Elements/Sale screen',
  component: 'sale-screen',
  args: {
    source: 'memory',
    width: 1200,
    premium: true,
    readonly: false,
    heading: 'My open deals',
    today: cardToday,
  },
  argTypes: {
    source: {
      control: 'select',
      options: ['memory', 'loading', 'failing sale', 'failing save', 'unreachable on save'],
    },
    width: { control: { type: 'range', min: 360, max: 1600, step: 20 } },
  },
  render: (args) =>
    html`<div class="story-frame" style=${`inline-size: ${args.width}px; max-inline-size: 100%`}>
      <sale-screen
        .source=${sourceFor(args.source)}
        ?premium=${args.premium}
        ?readonly=${args.readonly}
        heading=${args.heading}
        today=${args.today}
      ></sale-screen>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The whole screen over the memory source: the panel at the side, the card, the detail cards below. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const screen = await readyScreen(canvasElement);
    await expect(screen.selected).toBe(1041);
    buttonIn(cardOf(screen), 'Next').click();
    await waitFor(() => expect(screen.selected).toBe(2041));
    await waitFor(() => expect(shadowPart(cardOf(screen), 'position').textContent).toBe('2 of 5'));
  },
};

/** Narrower than 55em (880 px) (the screen's own width), the panel folds behind a toggle. */
export const Narrow: Story = {
  args: { width: 600 },
  play: async ({ canvasElement }) => {
    const screen = await readyScreen(canvasElement);
    const toggle = shadowPart(screen, 'panel-toggle');
    const panel = screen.shadowRoot!.querySelector('selection-panel')!;
    await expect(panel.checkVisibility()).toBe(false);
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    await expect(panel.checkVisibility()).toBe(true);
  },
};

/** While a sale loads the screen says it is busy, and the card shows "Loading…". */
export const Loading: Story = {
  args: { source: 'loading' },
  play: async ({ canvasElement }) => {
    const screen = await rendered(canvasElement, 'sale-screen');
    await waitFor(() => expect(screen.getAttribute('aria-busy')).toBe('true'));
    await waitFor(() => expect(cardOf(screen).loading).toBe(true));
  },
};

/** A sale the source cannot give: an alert with Retry. */
export const LoadError: Story = {
  args: { source: 'failing sale' },
  play: async ({ canvasElement }) => {
    const screen = await readyScreen(canvasElement);
    await waitFor(() =>
      expect(screen.shadowRoot!.querySelector('[role="alert"]')!.textContent).toBe(
        'The sale could not be loaded: sale failed',
      ),
    );
    await expect(shadowPart(screen, 'retry').textContent!.trim()).toBe('Retry');
  },
};

/** A save the source refuses: its message shows on the card, and the draft stays. */
export const SaveError: Story = {
  args: { source: 'failing save' },
  play: async ({ canvasElement }) => {
    const screen = await readyScreen(canvasElement);
    const card = await startEditing(screen);
    // The card keeps the panels of other tabs, hidden: the Title field is the one the user sees.
    const title = [...card.shadowRoot!.querySelectorAll('label')].find(
      (label) => label.textContent!.trim() === 'Title' && label.checkVisibility(),
    )!.control as HTMLInputElement;
    title.focus();
    title.select();
    await userEvent.keyboard('Fleet tracking for 45 trucks');
    await userEvent.click(buttonIn(card, 'Save'));
    await waitFor(() => expect(shadowPart(card, 'error').textContent).toBe('save failed'));
    await expect(card.dirty).toBe(true);
  },
};

/**
 * A Norwegian page whose source cannot reach its server on save: the source's rejection has a
 * `code`, so the screen says it in Norwegian (the error's own message is English, for logs).
 */
export const SaveUnreachableNorwegian: Story = {
  args: { source: 'unreachable on save' },
  render: (args) => html`<div lang="nb">${meta.render(args)}</div>`,
  play: async ({ canvasElement }) => {
    const screen = await readyScreen(canvasElement);
    const card = await startEditing(screen);
    await userEvent.click(buttonIn(card, 'Lagre'));
    await waitFor(() =>
      expect(shadowPart(card, 'error').textContent).toBe(
        'Fikk ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.',
      ),
    );
  },
};

/** A sale on a guided sale type: a stage picked in the Sales guide is saved with its probability. */
export const GuidedSale: Story = {
  play: async ({ canvasElement }) => {
    const screen = await readyScreen(canvasElement);
    const sections = screen.shadowRoot!.querySelector('sale-sections')!;
    await sections.updateComplete;
    const tabs = sections.shadowRoot!.querySelector('sale-tabs')!;
    const guideTab = [...tabs.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find((tab) =>
      tab.textContent!.includes('Sales guide'),
    )!;
    await userEvent.click(guideTab);
    const guide = await waitFor(() => {
      const found = sections.shadowRoot!.querySelector('sales-guide-card');
      if (!found) throw new Error('no guide yet');
      return found;
    });
    await guide.updateComplete;
    const proposal = [...guide.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="stage"]')].find(
      (button) => button.getAttribute('aria-label')!.startsWith('Proposal,'),
    )!;
    await userEvent.click(proposal);
    await waitFor(() =>
      expect(guide.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).toContain('Proposal'),
    );
  },
};

/** "New sale": the card on a new sale owned by the current user; saved, it joins the panel. */
export const NewSale: Story = {
  play: async ({ canvasElement }) => {
    const screen = await readyScreen(canvasElement);
    await userEvent.click(shadowPart(screen, 'new-sale'));
    const card = cardOf(screen);
    await waitFor(() => expect(card.editing).toBe(true));
    await expect(screen.selected).toBe(undefined);
  },
};

/** A phone-sized screen (390 px): the bar, the panel (once opened), the card and the detail cards in one column. */
export const Narrow390: Story = {
  args: { width: 390 },
  play: async ({ canvasElement }) => {
    const screen = await readyScreen(canvasElement);
    await userEvent.click(shadowPart(screen, 'panel-toggle'));
    const panel = screen.shadowRoot!.querySelector('selection-panel')!;
    await waitFor(() => expect(panel.checkVisibility()).toBe(true));
    await expect(screen.scrollWidth).toBeLessThanOrEqual(screen.clientWidth + 1);
    const sections = screen.shadowRoot!.querySelector('sale-sections')!;
    const [side, card, below] = [panel, cardOf(screen), sections].map((element) =>
      element.getBoundingClientRect(),
    );
    await expect(card!.top).toBeGreaterThanOrEqual(side!.bottom);
    await expect(below!.top).toBeGreaterThanOrEqual(card!.bottom);
    await expect(card!.right).toBeLessThanOrEqual(screen.getBoundingClientRect().right + 0.5);
  },
};
