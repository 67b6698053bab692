import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/sale-list.js';
import type { SaleListContext } from '../src/elements/sale-list/sale-list.js';
import type { GridSort } from '../src/grid/types.js';
import type { SaleFilter } from '../src/model/filter.js';
import { GROUP_BY_KEYS, type GroupBy } from '../src/model/group.js';
import type { Sale } from '../src/model/types.js';
import { generateSales } from './fixtures/sale-list.js';
import { rendered } from './support/shadow.js';

type Args = {
  sales: Sale[];
  columns?: string[];
  sort?: GridSort;
  groupBy: GroupBy;
  filter?: SaleFilter;
  context?: SaleListContext;
  today: string;
};

const TODAY = '2025-06-15';
const FEW = generateSales(24);

const meta = {
  title: 'Elements/Sale list',
  component: 'sale-list',
  args: { sales: FEW, groupBy: 'none', today: TODAY },
  argTypes: { groupBy: { control: 'select', options: GROUP_BY_KEYS } },
  render: (args) =>
    html`<sale-list
      .sales=${args.sales}
      .columns=${args.columns ?? undefined}
      .sort=${args.sort}
      group-by=${args.groupBy}
      .filter=${args.filter ?? {}}
      .context=${args.context}
      today=${args.today}
      style="--sale-list-max-height: 480px"
    ></sale-list>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function gridOf(canvasElement: HTMLElement) {
  const list = await rendered(canvasElement, 'sale-list');
  return { list, grid: list.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')! };
}

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await expect(grid.querySelectorAll('[role="columnheader"]')).toHaveLength(9);
    await expect(grid.querySelectorAll('.body [role="row"]')).toHaveLength(24);
    await expect(grid.querySelector('.totals-row')).not.toBeNull();
  },
};

export const Sorted: Story = {
  args: { sort: { column: 'amount', direction: 'desc' } },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await expect(grid.querySelector('[aria-sort="descending"]')).not.toBeNull();
  },
};

const grouped = (groupBy: GroupBy): Story => ({
  args: { groupBy },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await expect(grid.querySelectorAll('.group-row').length).toBeGreaterThan(0);
  },
});
export const GroupedByStage = grouped('stage');
export const GroupedByStatus = grouped('status');
export const GroupedByOwner = grouped('owner');
export const GroupedByCompany = grouped('company');
export const GroupedBySaleType = grouped('saleType');
export const GroupedByMonth = grouped('month');

export const Filtered: Story = {
  args: { filter: { status: ['open'], text: 'call' } },
  play: async ({ canvasElement }) => {
    const { list } = await gridOf(canvasElement);
    const clear = list.shadowRoot!.querySelector<HTMLButtonElement>('.clear')!;
    await expect(clear).toBeEnabled();
  },
};

/** A From day after the To day matches nothing, and the list says why. */
export const ReversedDateRange: Story = {
  args: { filter: { from: '2025-07-01', to: '2025-06-01' } },
  play: async ({ canvasElement }) => {
    const { list, grid } = await gridOf(canvasElement);
    await expect(grid.querySelector('.empty')).toHaveTextContent('the start date is after the end date');
    const from = list.shadowRoot!.querySelector('input[name="from"]')!;
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(from).toHaveAccessibleDescription('The start date is after the end date.');
  },
};

/** Sorted by Amount with several currencies: each currency's sales together, largest first. */
export const SortedByAmountInCurrencies: Story = {
  args: {
    sales: generateSales(30, { currencies: ['NOK', 'EUR', 'SEK'] }),
    sort: { column: 'amount', direction: 'desc' },
    columns: ['title', 'amount', 'currency', 'stage'],
  },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    const currencies = [...grid.querySelectorAll('.body [role="row"]')].map((row) =>
      row.querySelectorAll('[role="gridcell"]')[1]?.textContent?.trim(),
    );
    // One run per currency: a currency never comes back after another.
    const runs = currencies.filter((code, index) => code !== currencies[index - 1]);
    await expect(runs).toEqual(['EUR', 'NOK', 'SEK']);
  },
};

/** Owners are chosen from a menu of checkboxes; the button counts the chosen ones. */
export const OwnersFilterOpen: Story = {
  play: async ({ canvasElement }) => {
    const { list } = await gridOf(canvasElement);
    const button = list.shadowRoot!.querySelector<HTMLButtonElement>('.owners-button')!;
    button.click();
    await list.updateComplete;
    const items = list.shadowRoot!.querySelectorAll<HTMLElement>('#owners-menu [role="menuitemcheckbox"]');
    await expect(items.length).toBeGreaterThan(1);
    items[0]!.click();
    await list.updateComplete;
    await expect(button.textContent!.trim()).toMatch(/\(1\)$/);
    button.click();
    await list.updateComplete;
  },
};

export const ManyColumns: Story = {
  args: {
    columns: [
      'status',
      'number',
      'title',
      'saleDate',
      'amount',
      'weightedAmount',
      'profit',
      'profitPercent',
      'probability',
      'currency',
      'stage',
      'saleType',
      'source',
      'competitor',
      'reopenDate',
      'owner',
    ],
  },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await expect(grid.querySelectorAll('[role="columnheader"]')).toHaveLength(16);
  },
};

export const TenThousandRows: Story = {
  args: { sales: generateSales(10_000), groupBy: 'stage' },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(grid.querySelectorAll('[role="row"]').length).toBeLessThan(300);
    await expect(grid.getAttribute('aria-rowcount')).toBe('10009');
  },
};

export const SeveralCurrencies: Story = {
  args: { sales: generateSales(30, { currencies: ['NOK', 'EUR', 'SEK'] }), groupBy: 'stage' },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    const totals = grid.querySelector('.totals-row')!;
    await expect(totals.textContent).toContain('EUR');
    await expect(totals.textContent).toContain('SEK');
  },
};

export const Empty: Story = {
  args: { sales: [] },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await expect(grid.querySelector('.empty')).not.toBeNull();
  },
};

export const InCompanyContext: Story = {
  args: { sales: FEW.filter((sale) => sale.company?.id === 1), context: { kind: 'company', id: 1 } },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await expect(grid.querySelectorAll('[role="columnheader"]')).toHaveLength(8);
  },
};

export const Norwegian: Story = {
  globals: { locale: 'nb' },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await expect(grid.getAttribute('aria-label')).toBe('Salg');
    await expect(grid.querySelector('[role="columnheader"]:nth-child(3)')!.textContent!.trim()).toBe('Beløp');
  },
};

export const Dark: Story = {
  globals: { scheme: 'dark' },
  args: { groupBy: 'stage' },
};

/** Every reason a sale is overdue says so in words, not only in red. */
export const Overdue: Story = {
  args: {
    sales: [
      {
        id: 1,
        title: 'Sale date passed',
        status: 'open',
        saleDate: '2025-06-01',
        amount: 1000,
        currency: 'NOK',
      },
      {
        id: 2,
        title: 'Late follow-up',
        status: 'open',
        saleDate: '2025-09-01',
        nextActivity: { id: 7, title: 'Call back', date: '2025-06-10' },
      },
      {
        id: 3,
        title: 'Re-open date passed',
        status: 'stalled',
        saleDate: '2025-09-01',
        reopenDate: '2025-06-01',
      },
      { id: 4, title: 'On time', status: 'open', saleDate: '2025-09-01' },
    ],
  },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    const words = [...grid.querySelectorAll('.overdue-word')].map((word) => word.textContent!.trim());
    await expect(words).toEqual(['Overdue', 'Overdue', 'Overdue']);
  },
};

/** Host data that is not what the list expects: bad rows are left out, bad fields show "—". */
export const InvalidData: Story = {
  args: {
    sales: [
      null,
      'not a sale',
      { id: 1, title: 'Amount is text', status: 'won', amount: 'lots' },
      { id: 1, title: 'Repeated id', status: 'open' },
      Object.assign(Object.create(null) as object, { id: 2, title: 'Null prototype', status: 'sold' }),
    ] as unknown as Sale[],
    columns: ['title', 'status', 'amount', 'bogus'],
    groupBy: 'weird' as GroupBy,
  },
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await expect(grid.querySelectorAll('.body [role="row"]')).toHaveLength(3);
    await expect(grid.querySelectorAll('[role="columnheader"]')).toHaveLength(3);
  },
};

/** In a 390 px container (a side panel, a phone): each sale on two lines, still the same grid. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="inline-size: 390px">
      <sale-list .sales=${args.sales} today=${args.today} style="--sale-list-max-height: 480px"></sale-list>
    </div>`,
  play: async ({ canvasElement }) => {
    const { list, grid } = await gridOf(canvasElement);
    await expect(grid.querySelectorAll('[role="columnheader"]')).toHaveLength(9);
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth + 1);
    const row = grid.querySelector<HTMLElement>('.body [role="row"]')!;
    await expect(getComputedStyle(row).display).toBe('flex');
  },
};

/** No sales in a narrow container: the one empty row says so. */
export const EmptyNarrow: Story = {
  args: { sales: [] },
  render: Narrow.render,
  play: async ({ canvasElement }) => {
    const { grid } = await gridOf(canvasElement);
    await expect(grid.querySelector('.empty')).toHaveTextContent('No sales');
  },
};
