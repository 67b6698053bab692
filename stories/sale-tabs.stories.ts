import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, fn, spyOn, userEvent } from 'storybook/test';
import '../src/sale-tabs.js';
import { TAB_ACTIVATIONS, type SaleTabs, type TabActivation, type TabDefinition } from '../src/sale-tabs.js';
import { catalogueMessage, languageOf } from '../src/i18n/messages.js';
import { saleTabsMessages } from '../src/elements/sale-tabs/sale-tabs.messages.js';
import { rendered, shadowPart } from './support/shadow.js';

/** The element's properties, plus the CSS custom properties the manifest lists as controls. */
type Args = {
  tabs: TabDefinition[];
  selected?: string;
  label?: string;
  activation: TabActivation;
  /** Called with each `sale-tab-change`; shows in the Actions panel. */
  onTabChange?: (event: Event) => void;
  /** The manifest's CSS parts and slot: rows in the Docs table, not inputs. */
  tablist?: never;
  tab?: never;
  'tab-selected'?: never;
  'tab-disabled'?: never;
  marker?: never;
  panel?: never;
  '<tab-id>'?: never;
  [cssProperty: `--${string}`]: string | undefined;
};

function cssProperties(args: Args): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] => entry[0].startsWith('--') && !!entry[1],
    ),
  );
}

/** The sale card's tabs; Notes and Links are marked because they have content. */
const cardTabs: TabDefinition[] = [
  { id: 'sale', label: 'Sale' },
  { id: 'notes', label: 'Notes', marked: true },
  { id: 'links', label: 'Links', marked: true },
  { id: 'stakeholders', label: 'Stakeholders' },
  { id: 'quote', label: 'Quote' },
];

const panelText: Record<string, string> = {
  sale: 'Fleet tracking for 40 trucks · Fjordline Logistikk AS · NOK 480,000 · 40 %',
  notes: 'Customer wants delivery before the summer season. Follow up after the board meeting.',
  links: 'Quote draft (PDF) · Meeting 12 May · https://fjordline.example/tender',
  stakeholders: 'Kari Nordmann (decision maker) · Ola Hansen (IT)',
  quote: 'Quote 1041-2, version 2, valid until 30 June.',
  salg: 'Flåtestyring for 40 lastebiler · Fjordline Logistikk AS · 480 000 kr',
  notater: 'Kunden vil ha levering før sommersesongen.',
  lenker: 'Tilbudsutkast (PDF) · Møte 12. mai',
};

const meta = {
  title: 'Elements/Sale tabs',
  component: 'sale-tabs',
  args: {
    tabs: cardTabs,
    label: 'Sale details',
    activation: 'auto',
    onTabChange: fn(),
  },
  argTypes: {
    tabs: { control: 'object' },
    selected: { control: 'text' },
    label: { control: 'text' },
    activation: { control: 'inline-radio', options: TAB_ACTIVATIONS },
    onTabChange: { table: { disable: true } },
    // The manifest lists CSS custom properties without a type; give the colours a colour picker.
    ...Object.fromEntries(
      [
        'color',
        'selected-color',
        'indicator-color',
        'disabled-color',
        'hover-background',
        'divider-color',
        'marker-color',
      ].map((name) => [`--sale-tabs-${name}`, { control: 'color' }]),
    ),
    ...Object.fromEntries(
      ['tablist', 'tab', 'tab-selected', 'tab-disabled', 'marker', 'panel', '<tab-id>'].map((name) => [
        name,
        { control: false },
      ]),
    ),
  },
  render: (args) =>
    html`<sale-tabs
      .tabs=${args.tabs}
      selected=${ifDefined(args.selected)}
      label=${ifDefined(args.label)}
      activation=${args.activation}
      style=${styleMap(cssProperties(args))}
      @sale-tab-change=${(event: Event) => args.onTabChange?.(event)}
    >
      ${(Array.isArray(args.tabs) ? args.tabs : []).map(
        (tab) =>
          html`<div slot=${String(tab?.id)}>${panelText[String(tab?.id)] ?? `${tab?.label} panel`}</div>`,
      )}
    </sale-tabs>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const tabsOf = (element: SaleTabs) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
const tabNamed = (element: SaleTabs, label: string) =>
  tabsOf(element).find((tab) => tab.textContent!.trim().startsWith(label))!;
const selectedTab = (element: SaleTabs) => tabsOf(element).find((tab) => tab.ariaSelected === 'true')!;
/** The light-DOM panel the user sees: the one assigned to the tabpanel's slot. */
const shownPanel = (element: SaleTabs) =>
  shadowPart(element, 'panel').querySelector('slot')!.assignedElements()[0]?.textContent;

/** Focuses the selected tab and presses keys, as a keyboard user would after tabbing in. */
async function pressKeys(element: SaleTabs, keys: string) {
  element.focus();
  await userEvent.keyboard(keys);
  await element.updateComplete;
}

/** The sale card's five tabs: click or use the arrow keys; the panel follows. */
export const Default: Story = {
  play: async ({ canvasElement, args, step }) => {
    const element = await rendered(canvasElement, 'sale-tabs');
    const tablist = shadowPart(element, 'tablist');
    const panel = shadowPart(element, 'panel');
    await expect(tablist).toHaveAttribute('role', 'tablist');
    await expect(tablist).toHaveAttribute('aria-label', 'Sale details');
    await expect(tabsOf(element)).toHaveLength(5);
    await expect(selectedTab(element)).toHaveTextContent('Sale');
    await expect(panel).toHaveAttribute('role', 'tabpanel');
    await expect(panel).toHaveAttribute('aria-labelledby', selectedTab(element).id);
    await expect(shownPanel(element)).toContain('Fleet tracking');

    await step('click Stakeholders', async () => {
      await userEvent.click(tabNamed(element, 'Stakeholders'));
      await element.updateComplete;
      await expect(element.selected).toBe('stakeholders');
      await expect(shownPanel(element)).toContain('Kari Nordmann');
      await expect(args.onTabChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ detail: { id: 'stakeholders', previous: 'sale' } }),
      );
    });

    await step('ArrowRight selects the next tab, and wraps from the last to the first', async () => {
      await pressKeys(element, '{ArrowRight}');
      await expect(selectedTab(element)).toHaveTextContent('Quote');
      await pressKeys(element, '{ArrowRight}');
      await expect(selectedTab(element)).toHaveTextContent('Sale');
      await expect(element.shadowRoot!.activeElement).toBe(selectedTab(element));
      await expect(selectedTab(element)).toHaveAttribute('tabindex', '0');
    });
  },
};

/** More tabs than fit: the row scrolls sideways (no second row) and keeps the selected tab in view. */
export const ManyTabs: Story = {
  args: {
    tabs: Array.from({ length: 16 }, (_, index) => ({
      id: `section-${index + 1}`,
      label: `Section ${index + 1}`,
    })),
    selected: 'section-14',
  },
  decorators: [(story) => html`<div style="max-inline-size: 360px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-tabs');
    const tablist = shadowPart(element, 'tablist');
    const tops = new Set(tabsOf(element).map((tab) => tab.offsetTop));
    await expect(tops.size).toBe(1);
    await expect(tablist.scrollWidth).toBeGreaterThan(tablist.clientWidth);
    const inView = (tab: HTMLElement) => {
      const row = tablist.getBoundingClientRect();
      const box = tab.getBoundingClientRect();
      return box.left >= row.left - 0.5 && box.right <= row.right + 0.5;
    };
    await expect(inView(selectedTab(element))).toBe(true);
    await pressKeys(element, '{End}');
    await expect(inView(selectedTab(element))).toBe(true);
    await expect(selectedTab(element)).toHaveTextContent('Section 16');
  },
};

/** A disabled tab shows but cannot be chosen; the arrow keys skip it. */
export const Disabled: Story = {
  args: {
    tabs: cardTabs.map((tab) => (tab.id === 'links' ? { ...tab, disabled: true } : tab)),
    selected: 'notes',
  },
  play: async ({ canvasElement, args }) => {
    const element = await rendered(canvasElement, 'sale-tabs');
    const links = tabNamed(element, 'Links');
    await expect(links).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(links);
    await element.updateComplete;
    await expect(element.selected).toBe('notes');
    await expect(args.onTabChange).not.toHaveBeenCalled();
    await pressKeys(element, '{ArrowRight}');
    await expect(selectedTab(element)).toHaveTextContent('Stakeholders');
  },
};

/** Marked tabs (content in Notes and Links) show a dot, and screen readers hear "has content". */
export const Marked: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await rendered(canvasElement, 'sale-tabs');
    const hint = catalogueMessage(languageOf(String(globals['locale'])), 'tabs.hasContent', saleTabsMessages);
    for (const label of ['Notes', 'Links']) {
      const tab = tabNamed(element, label);
      await expect(tab.querySelector('[part="marker"]')).toHaveAttribute('aria-hidden', 'true');
      await expect(tab.querySelector('[part="marker"]')).toBeVisible();
      await expect(tab).toHaveTextContent(`${label}, ${hint}`);
    }
    await expect(tabNamed(element, 'Sale').querySelector('[part="marker"]')).toBeNull();
  },
};

/** `activation="manual"`: the arrow keys move focus only; Enter or Space selects. */
export const ManualActivation: Story = {
  args: { activation: 'manual' },
  play: async ({ canvasElement, args }) => {
    const element = await rendered(canvasElement, 'sale-tabs');
    await pressKeys(element, '{ArrowRight}{ArrowRight}');
    await expect(element.shadowRoot!.activeElement).toHaveTextContent('Links');
    await expect(selectedTab(element)).toHaveTextContent('Sale');
    await expect(args.onTabChange).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    await expect(selectedTab(element)).toHaveTextContent('Links');
    await expect(args.onTabChange).toHaveBeenCalledOnce();
  },
};

/** Inside `lang="nb"` the hidden hint is Norwegian; the labels are the host's own text. */
export const Norwegian: Story = {
  args: {
    tabs: [
      { id: 'salg', label: 'Salg' },
      { id: 'notater', label: 'Notater', marked: true },
      { id: 'lenker', label: 'Lenker' },
    ],
    label: 'Salgsdetaljer',
  },
  globals: { locale: 'nb' },
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-tabs');
    await expect(element.closest('[lang]')).toHaveAttribute('lang', 'nb');
    await expect(tabNamed(element, 'Notater')).toHaveTextContent('Notater, har innhold');
  },
};

/** On a dark background the tabs use lighter colours through `light-dark()`. */
export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-tabs');
    await expect(getComputedStyle(selectedTab(element)).color).toBe('rgb(138, 180, 248)');
  },
};

/** In right-to-left text the tabs run from the right, and the arrow keys follow. */
export const RightToLeft: Story = {
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-tabs');
    await pressKeys(element, '{ArrowLeft}');
    await expect(selectedTab(element)).toHaveTextContent('Notes');
  },
};

/** Bad data from the host: the valid tabs render, and one warning names each bad field. */
export const InvalidData: Story = {
  args: {
    tabs: [
      { id: 'sale', label: 'Sale' },
      null,
      { label: 'No id' },
      { id: 'sale', label: 'Sale again' },
      { id: 'notes' },
    ] as unknown as TabDefinition[],
  },
  beforeEach: () => {
    const warn = spyOn(console, 'warn').mockImplementation(() => {});
    return () => warn.mockRestore();
  },
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-tabs');
    await expect(tabsOf(element).map((tab) => tab.textContent!.trim())).toEqual(['Sale', '—']);
    await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('tabs[3].id: repeats "sale"'));
  },
};
