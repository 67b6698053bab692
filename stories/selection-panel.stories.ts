import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, spyOn, userEvent, waitFor } from 'storybook/test';
import '../src/selection-panel.js';
import '../src/sale-card.js';
import type { SaleSelectEvent, SelectionPanel } from '../src/selection-panel.js';
import { selectionPanelMessages } from '../src/elements/selection-panel/selection-panel.messages.js';
import { languageOf, message, type MessageKey } from '../src/i18n/messages.js';
import type { MemberInput } from '../src/model/members.js';
import type { Sale } from '../src/model/types.js';
import {
  SELECTION_TODAY,
  generateMembers,
  mixedMembers,
  overdueMixedIds,
} from './fixtures/selection-panel.js';
import { rendered, shadowPart } from './support/shadow.js';

const MEMBER_SETS = ['generated', 'mixed', 'empty', 'invalid'] as const;
type MemberSet = (typeof MEMBER_SETS)[number];

/**
 * The element's attributes, plus which members to pass: `count` generated ones, the hand-written
 * mix, none, or bad data. (Members are not args themselves: 100,000 objects would have to travel
 * to the Controls panel and back.)
 */
type Args = {
  memberSet: MemberSet;
  count: number;
  selected?: string;
  heading?: string;
  skipCompleted: boolean;
  today: string;
  search: string;
  [cssProperty: `--${string}`]: string | undefined;
};

/** Data a careless host might send: no id, null, numbers, markup, bad dates and amounts. */
const invalidMembers = [
  null,
  42,
  { title: 'A member without an id' },
  { id: 1, title: '<img src=x onerror=alert(1)>Markup stays text', saleDate: 'next week', amount: 'lots' },
  { id: 2, status: 'won', company: 7 },
  { id: 3, title: 'Lean member with the company as text', company: 'Tekst AS' },
] as unknown as MemberInput[];

const generated = new Map<number, MemberInput[]>();
function membersFor(args: Args): MemberInput[] {
  switch (args.memberSet) {
    case 'mixed':
      return mixedMembers;
    case 'empty':
      return [];
    case 'invalid':
      return invalidMembers;
    default: {
      let members = generated.get(args.count);
      if (!members) {
        members = generateMembers(args.count);
        generated.set(args.count, members);
      }
      return members;
    }
  }
}

function cssProperties(args: Args): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] => entry[0].startsWith('--') && !!entry[1],
    ),
  );
}

const meta = {
  title: 'Elements/Selection panel',
  component: 'selection-panel',
  args: {
    memberSet: 'generated',
    count: 20,
    skipCompleted: false,
    today: SELECTION_TODAY,
    search: '',
  },
  argTypes: {
    memberSet: { control: 'select', options: MEMBER_SETS },
    count: { control: { type: 'number', min: 0, max: 100_000, step: 100 } },
    selected: { control: 'text' },
    heading: { control: 'text' },
    today: { control: 'text' },
    search: { control: 'text' },
    '--sale-selection-panel-overdue-color': { control: 'color' },
    '--sale-selection-panel-selected-background': { control: 'color' },
  },
  render: (args) =>
    html`<selection-panel
      style=${styleMap({ height: '28rem', maxWidth: '32rem', ...cssProperties(args) })}
      .members=${membersFor(args)}
      selected=${ifDefined(args.selected)}
      heading=${ifDefined(args.heading)}
      ?skip-completed=${args.skipCompleted}
      today=${args.today}
      search=${args.search}
    ></selection-panel>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** A message in the story's language, so the play functions also pass under the Language toolbar. */
function say(
  globals: Record<string, unknown>,
  key: MessageKey | keyof typeof selectionPanelMessages.en,
  params?: Record<string, string | number>,
): string {
  return message(languageOf(String(globals['locale'])), key, params, selectionPanelMessages);
}

/** A number as the story's language writes it ("100,000" / "100 000"). */
function number(globals: Record<string, unknown>, value: number): string {
  return new Intl.NumberFormat(languageOf(String(globals['locale'])) === 'nb' ? 'nb-NO' : 'en').format(value);
}

/** The rendered options, after the virtualizer has laid out its first rows. */
async function optionsOf(panel: SelectionPanel): Promise<HTMLElement[]> {
  await waitFor(() => expect(panel.shadowRoot!.querySelector('[role="option"]')).not.toBeNull());
  return [...panel.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
}

const titleOf = (option: HTMLElement) => option.querySelector('[part="title"]')!.textContent!.trim();

/** Twenty generated members: the typical call list. */
export const TwentyMembers: Story = {
  play: async ({ canvasElement, globals }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    const listbox = shadowPart(panel, 'listbox');
    await expect(listbox).toHaveAttribute('role', 'listbox');
    await expect(listbox).toHaveAccessibleName(say(globals, 'selectionPanel.heading'));
    await expect(shadowPart(panel, 'count')).toHaveTextContent(
      say(globals, 'selectionPanel.count.other', { count: 20 }),
    );
    const options = await optionsOf(panel);
    await expect(options[0]).toHaveAttribute('aria-setsize', '20');
    await expect(options[0]).toHaveAttribute('aria-selected', 'false');
  },
};

/** 100,000 members: only the rows near the viewport exist, fewer than 100 at any time. */
export const HundredThousandMembers: Story = {
  args: { count: 100_000, selected: '50000' },
  play: async ({ canvasElement, globals }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    await expect(shadowPart(panel, 'count')).toHaveTextContent(
      say(globals, 'selectionPanel.count.other', { count: number(globals, 100_000) }),
    );
    const options = await optionsOf(panel);
    await expect(options.length).toBeLessThan(100);
    await waitFor(() =>
      expect(panel.shadowRoot!.querySelector('[aria-selected="true"]')).toHaveAttribute(
        'aria-posinset',
        '50000',
      ),
    );
  },
};

/** Open sales past their date, a follow-up that is late, a stalled sale past its re-open date. */
export const MixWithOverdue: Story = {
  args: { memberSet: 'mixed', selected: '1045' },
  play: async ({ canvasElement, globals }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    const options = await optionsOf(panel);
    const overdue = options.filter((option) => option.part.contains('option-overdue'));
    await expect(overdue.map(titleOf)).toEqual(
      overdueMixedIds.map((id) => mixedMembers.find((member) => member.id === id)!.title),
    );
    for (const option of overdue) {
      // Never colour alone: the row says it in words.
      await expect(option.querySelector('[part="overdue"]')).toHaveTextContent(say(globals, 'overdue'));
    }
  },
};

export const EmptySelection: Story = {
  args: { memberSet: 'empty' },
  play: async ({ canvasElement, globals }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    await expect(shadowPart(panel, 'empty')).toHaveTextContent(say(globals, 'selectionPanel.empty'));
    await expect(shadowPart(panel, 'count')).toHaveTextContent(
      say(globals, 'selectionPanel.count.other', { count: 0 }),
    );
  },
};

/** The search box filters by title and company; the count says how many of how many. */
export const Filtered: Story = {
  args: { count: 200, search: 'fjordline' },
  play: async ({ canvasElement, globals }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    const options = await optionsOf(panel);
    for (const option of options) {
      await expect(option.querySelector('.company')).toHaveTextContent('Fjordline Logistikk AS');
    }
    const shown = Number(options[0]!.getAttribute('aria-setsize'));
    await expect(shadowPart(panel, 'count')).toHaveTextContent(
      say(globals, 'selectionPanel.countFiltered.other', { shown, count: 200 }),
    );
  },
};

/** The user types in the search box. */
export const SearchAsYouType: Story = {
  args: { memberSet: 'mixed' },
  play: async ({ canvasElement }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    await userEvent.type(panel.shadowRoot!.querySelector('input[type="search"]')!, 'BERGEN');
    await waitFor(async () =>
      expect((await optionsOf(panel)).map(titleOf)).toEqual(['Annual support agreement']),
    );
  },
};

/** "Skip completed sales" hides sold and lost sales (completed, as the card counts them too). */
export const SkipCompleted: Story = {
  args: { memberSet: 'mixed', skipCompleted: true },
  play: async ({ canvasElement }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    const titles = (await optionsOf(panel)).map(titleOf);
    await expect(titles).not.toContain('Annual support agreement');
    await expect(titles).not.toContain('Warehouse scanners');
    await expect(titles).not.toContain('Solar panels on the new hall');
    await expect(titles).toContain('Office move, phase 2');
    await expect(panel.next()).toBe(1041);
  },
};

/** The keyboard: Tab into the list, arrows move, Enter selects and fires `sale-select`. */
export const KeyboardSelection: Story = {
  args: { memberSet: 'mixed' },
  play: async ({ canvasElement }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    await optionsOf(panel);
    const selections: unknown[] = [];
    panel.addEventListener('sale-select', (event: SaleSelectEvent) => selections.push(event.detail));
    panel.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await expect(selections).toEqual([{ id: 1046, index: 2 }]);
    await waitFor(() =>
      expect(shadowPart(panel, 'listbox')).toHaveAttribute('aria-activedescendant', 'member-2'),
    );
    await expect(panel.selected).toBe(1046);
  },
};

/** Type-ahead: typing moves to the next member whose title starts with the text typed, even far down. */
export const TypeAhead: Story = {
  args: { count: 1000 },
  play: async ({ canvasElement }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    await optionsOf(panel);
    panel.focus();
    const activeTitle = () => {
      const id = shadowPart(panel, 'listbox').getAttribute('aria-activedescendant');
      return (id && panel.shadowRoot!.getElementById(id)?.querySelector('[part="title"]')?.textContent) || '';
    };
    await waitFor(() => expect(activeTitle()).not.toBe(''));
    const first = activeTitle();
    await userEvent.keyboard('war');
    await waitFor(() => expect(activeTitle()).toMatch(/^Warehouse scanners/));
    await expect(activeTitle()).not.toBe(first);
  },
};

/** Norwegian bokmål: texts, "Forfalt", dates, money and the count ("1 234 medlemmer"). */
export const Norwegian: Story = {
  args: { count: 1234 },
  globals: { locale: 'nb' },
  play: async ({ canvasElement }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    await expect(shadowPart(panel, 'heading')).toHaveTextContent('Utvalgsmedlemmer');
    // Norwegian groups digits with a no-break space (toHaveTextContent would fold it to a space).
    await expect(shadowPart(panel, 'count').textContent).toBe('1\u00a0234 medlemmer');
    const options = await optionsOf(panel);
    const overdue = options.find((option) => option.part.contains('option-overdue'))!;
    await expect(overdue.querySelector('[part="overdue"]')).toHaveTextContent('Forfalt');
  },
};

/** On a dark background the colours switch through `light-dark()`; overdue stays readable. */
export const Dark: Story = {
  args: { memberSet: 'mixed', selected: '1045' },
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    const options = await optionsOf(panel);
    const overdue = options.find((option) => option.part.contains('option-overdue'))!;
    await expect(getComputedStyle(overdue.querySelector('[part="title"]')!).color).toBe('rgb(255, 138, 128)');
  },
};

/** Bad members show placeholders (an entry without an id cannot be selected), with one warning; markup stays text. */
export const InvalidData: Story = {
  args: { memberSet: 'invalid' },
  beforeEach: () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => {});
    return () => warn.mockRestore();
  },
  play: async ({ canvasElement }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    const options = await optionsOf(panel);
    await expect(options.map(titleOf)).toEqual([
      '—',
      '—',
      '—',
      '<img src=x onerror=alert(1)>Markup stays text',
      '—',
      'Lean member with the company as text',
    ]);
    await expect(options[0]).toHaveAttribute('aria-disabled', 'true');
    await expect(panel.shadowRoot!.querySelector('img')).toBeNull();
    await waitFor(() => expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('members[0]')));
  },
};

/**
 * The panel beside a `<sale-card>`: selecting a row shows the sale, and the card's Previous / Next
 * walk the panel's list (honouring its search and "Skip completed sales") in two lines:
 * `const id = direction === 'next' ? panel.next() : panel.previous();` then show that sale.
 */
export const WiredToSaleCard: Story = {
  args: { memberSet: 'mixed', selected: '1041' },
  parameters: { layout: 'fullscreen' },
  render: (args) => {
    const members = membersFor(args) as Sale[];
    const byId = new Map(members.map((sale, index) => [String(sale.id), { sale, index }]));
    /** Shows the member with `id` in the card (the host's job: it has the whole sale). */
    const show = (root: Element, id: string | number | undefined) => {
      const card = root.querySelector('sale-card')!;
      const found = byId.get(String(id));
      card.sale = found?.sale ?? null;
      card.position = found ? { index: found.index, total: members.length } : undefined;
    };
    const first = byId.get(String(args.selected));
    return html`<div
      style="display: grid; grid-template-columns: minmax(16rem, 22rem) 1fr; gap: 1rem; align-items: start"
      @sale-select=${(event: SaleSelectEvent) => show(event.currentTarget as Element, event.detail.id)}
      @sale-navigate=${(event: CustomEvent<{ direction: 'previous' | 'next' }>) => {
        const root = event.currentTarget as Element;
        const panel = root.querySelector('selection-panel')!;
        const id = event.detail.direction === 'next' ? panel.next() : panel.previous();
        if (id === undefined) return;
        panel.selected = id;
        show(root, id);
      }}
    >
      <selection-panel
        style="height: 32rem"
        .members=${members}
        selected=${ifDefined(args.selected)}
        ?skip-completed=${args.skipCompleted}
        today=${args.today}
      ></selection-panel>
      <sale-card
        .sale=${first?.sale ?? null}
        .position=${first ? { index: first.index, total: members.length } : undefined}
        today=${args.today}
      ></sale-card>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    const card = await rendered(canvasElement, 'sale-card');
    const options = await optionsOf(panel);
    await userEvent.click(options[3]!.querySelector('[part="title"]')!);
    await waitFor(() => expect(card.sale?.id).toBe(1042));
    await expect(panel.selected).toBe(1042);
    // The card's Next asks the panel for the neighbour.
    card.dispatchEvent(
      new CustomEvent('sale-navigate', { detail: { direction: 'next' }, bubbles: true, composed: true }),
    );
    await waitFor(() => expect(card.sale?.id).toBe(1043));
    await expect(panel.selected).toBe(1043);
  },
};

/** A phone-sized container (390 px): titles may end in an ellipsis, but each date, amount and Overdue shows whole. */
export const Narrow390: Story = {
  args: { memberSet: 'mixed', selected: '1045' },
  decorators: [(story) => html`<div style="inline-size: 390px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const panel = await rendered(canvasElement, 'selection-panel');
    const options = await optionsOf(panel);
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth + 1);
    for (const option of options) {
      for (const cue of option.querySelectorAll<HTMLElement>('.date, .amount, [part="overdue"]')) {
        await expect(cue.scrollWidth).toBeLessThanOrEqual(cue.clientWidth);
        await expect(cue.getBoundingClientRect().right).toBeLessThanOrEqual(
          option.getBoundingClientRect().right,
        );
      }
    }
  },
};
