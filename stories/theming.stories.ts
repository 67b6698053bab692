import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/index.js';
import { standardGuide } from './fixtures/guide.js';
import { cardLists, cardSales, cardToday } from './fixtures/sale-card.js';
import { generateSales } from './fixtures/sale-list.js';
import { mixedMembers, SELECTION_TODAY } from './fixtures/selection-panel.js';
import { saleByStatus } from './fixtures/sales.js';
import { rendered, shadowPart } from './support/shadow.js';

/**
 * A plum theme: the eight colour tokens, each a `light-dark()` pair so the Scheme toolbar still
 * switches it. The page sets its own text colour and background; the elements do the rest.
 */
const PLUM_THEME = `
  --sale-color-accent: light-dark(#6b2c91, #d4a8f0);
  --sale-color-border: light-dark(#cfc3dd, #4d4259);
  --sale-color-surface: light-dark(#fcfaff, #1c1822);
  --sale-color-surface-hover: light-dark(#efe8f6, #2e2637);
  --sale-color-text-muted: light-dark(#5d536b, #bcb0ca);
  --sale-color-danger: light-dark(#a4161a, #ffb3ae);
  --sale-color-success: light-dark(#2f6b2f, #8fd18f);
  --sale-color-warning: light-dark(#8a4b00, #ffbe6b);
  color: light-dark(#221a2c, #f3eef8);
  background: var(--sale-color-surface);
`;

/**
 * The elements scroll inside a frame no taller than the window: axe then checks each text against
 * the frame's background (the theme's surface). Text it would find below the window it compares with
 * white, the page's default, which fails light theme colours in the dark scheme.
 */
const FRAME = 'block-size: calc(100vh - 2rem); overflow: auto; box-sizing: border-box; padding: 1rem;';

type Args = { theme: 'default' | 'plum' };

const tabs = [
  { id: 'sale', label: 'Sale' },
  { id: 'notes', label: 'Notes', marked: true },
  { id: 'quote', label: 'Quote', disabled: true },
];

const meta = {
  title: 'Theming',
  args: { theme: 'default' },
  argTypes: { theme: { control: 'inline-radio', options: ['default', 'plum'] } },
  render: ({ theme }) =>
    html`<div class="theme" style="${FRAME} ${theme === 'plum' ? PLUM_THEME : ''}">
      <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem">
        <div style="display: grid; gap: 1rem; align-content: start">
          <p style="display: flex; gap: 0.75rem; margin: 0; font-size: 1.5rem">
            ${(['open', 'sold', 'lost', 'stalled'] as const).map(
              (status) => html`<sale-status-icon status=${status}></sale-status-icon>`,
            )}
          </p>
          <sale-tabs .tabs=${tabs} label="Sale details">
            <div slot="sale">Fleet tracking for 40 trucks</div>
            <div slot="notes">Follow up after the board meeting.</div>
            <div slot="quote">No quote yet.</div>
          </sale-tabs>
          <sales-guide-card .guide=${standardGuide} .stageId=${2} status="open"></sales-guide-card>
          <selection-panel
            style="height: 16rem"
            .members=${mixedMembers}
            selected="1041"
            today=${SELECTION_TODAY}
          ></selection-panel>
        </div>
        <div style="display: grid; gap: 1rem; align-content: start">
          <sale-card
            today=${cardToday}
            .sale=${cardSales.overdue}
            .stages=${cardLists.stages}
            .saleTypes=${cardLists.saleTypes}
            .currencies=${cardLists.currencies}
            .sources=${cardLists.sources}
            .competitors=${cardLists.competitors}
            .credited=${cardLists.credited}
            .reasons=${cardLists.reasons}
            .position=${{ index: 2, total: 12 }}
          ></sale-card>
          <sale-sections
            .sale=${{
              ...saleByStatus.open,
              activities: [{ id: 1, title: 'Discovery meeting', date: '2025-05-20', type: 'Meeting' }],
            }}
            .guide=${standardGuide}
            premium
            today="2025-06-15"
          ></sale-sections>
        </div>
      </div>
      <sale-list
        .sales=${generateSales(12)}
        group-by="stage"
        today="2025-06-15"
        style="margin-block-start: 1rem; --sale-list-max-height: 16rem"
      ></sale-list>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;

/** The colours a reader sees where each token shows: the parts the tokens are meant to reach. */
async function coloursOf(canvas: HTMLElement) {
  const card = await rendered(canvas, 'sale-card');
  const tabRow = await rendered(canvas, 'sale-tabs');
  const stalled = canvas.querySelector('sale-status-icon[status="stalled"]')!;
  const panel = await rendered(canvas, 'selection-panel');
  const list = await rendered(canvas, 'sale-list');
  const selectedTab = tabRow.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!;
  const selectedRow = panel.shadowRoot!.querySelector('[part~="option"][aria-selected="true"]')!;
  return {
    cardBorder: getComputedStyle(shadowPart(card, 'card')).borderTopColor,
    cardBackground: getComputedStyle(shadowPart(card, 'card')).backgroundColor,
    selectedTab: getComputedStyle(selectedTab).color,
    stalledIcon: getComputedStyle(shadowPart(stalled, 'icon')).color,
    selectedRow: getComputedStyle(selectedRow).backgroundColor,
    listHeader: getComputedStyle(list.shadowRoot!.querySelector('.head')!).backgroundColor,
  };
}

/** Every element with the colours it ships with: no token set. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(await coloursOf(canvasElement)).toEqual({
      cardBorder: rgb('#d4d4da'),
      cardBackground: rgb('#ffffff'),
      selectedTab: rgb('#1558b0'),
      stalledIcon: rgb('#c62828'),
      selectedRow: rgb('#e3edfb'),
      listHeader: rgb('#f4f4f6'),
    });
  },
};

/** The same elements re-themed by the eight `--sale-color-*` tokens on one container. */
export const Plum: Story = {
  args: { theme: 'plum' },
  play: async ({ canvasElement }) => {
    await expect(await coloursOf(canvasElement)).toEqual({
      cardBorder: rgb('#cfc3dd'),
      cardBackground: rgb('#fcfaff'),
      selectedTab: rgb('#6b2c91'),
      stalledIcon: rgb('#8a4b00'),
      selectedRow: rgb('#efe8f6'),
      listHeader: rgb('#efe8f6'),
    });
  },
};

/** The plum theme in the dark scheme: the tokens' `light-dark()` pairs follow `color-scheme`. */
export const PlumDark: Story = {
  args: { theme: 'plum' },
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(await coloursOf(canvasElement)).toEqual({
      cardBorder: rgb('#4d4259'),
      cardBackground: rgb('#1c1822'),
      selectedTab: rgb('#d4a8f0'),
      stalledIcon: rgb('#ffbe6b'),
      selectedRow: rgb('#2e2637'),
      listHeader: rgb('#2e2637'),
    });
  },
};
