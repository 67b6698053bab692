import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, spyOn, within } from 'storybook/test';
import '../src/sale-status-icon.js';
import { languageOf, message, type MessageKey } from '../src/i18n/messages.js';
import { SALE_STATUSES, type SaleStatus } from '../src/model/types.js';
import { saleByStatus } from './fixtures/sales.js';
import { rendered, renderedAll, shadowPart } from './support/shadow.js';

/** The element's attributes, plus the CSS custom properties the manifest lists as controls. */
type Args = {
  status: SaleStatus;
  label?: string;
  decorative: boolean;
  /** The manifest's CSS part: a row in the Docs table, not an input. */
  icon?: never;
  [cssProperty: `--${string}`]: string | undefined;
};

function cssProperties(args: Args): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] => entry[0].startsWith('--') && !!entry[1],
    ),
  );
}

const meta = {
  title: 'Elements/Sale status icon',
  component: 'sale-status-icon',
  args: { status: 'open', decorative: false },
  argTypes: {
    status: { control: 'select', options: SALE_STATUSES },
    label: { control: 'text' },
    // The manifest lists CSS custom properties without a type; give the colours a colour picker.
    ...Object.fromEntries(
      [...SALE_STATUSES, 'unknown'].map((status) => [`--sale-status-${status}-color`, { control: 'color' }]),
    ),
    icon: { control: false },
  },
  render: (args) =>
    html`<sale-status-icon
      status=${args.status}
      label=${ifDefined(args.label)}
      ?decorative=${args.decorative}
      style=${styleMap(cssProperties(args))}
    ></sale-status-icon>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * A message in the story's language, so the play functions also pass when the Language toolbar
 * is switched to Norwegian.
 */
function inStoryLanguage(globals: Record<string, unknown>, key: MessageKey): string {
  return message(languageOf(String(globals['locale'])), key);
}

/** The icon's `role="img"` part, which carries the name screen readers announce. */
async function iconOf(canvasElement: HTMLElement): Promise<HTMLElement> {
  return shadowPart(await rendered(canvasElement, 'sale-status-icon'), 'icon');
}

export const Open: Story = {
  args: { status: 'open' },
  play: async ({ canvasElement, globals }) => {
    const icon = await iconOf(canvasElement);
    await expect(icon).toHaveAttribute('role', 'img');
    await expect(icon).toHaveAttribute('aria-label', inStoryLanguage(globals, 'status.open'));
    await expect(icon).toBeVisible();
  },
};

export const Sold: Story = {
  args: { status: 'sold' },
  play: async ({ canvasElement, globals }) => {
    await expect(await iconOf(canvasElement)).toHaveAttribute(
      'aria-label',
      inStoryLanguage(globals, 'status.sold'),
    );
  },
};

export const Lost: Story = {
  args: { status: 'lost' },
  play: async ({ canvasElement, globals }) => {
    await expect(await iconOf(canvasElement)).toHaveAttribute(
      'aria-label',
      inStoryLanguage(globals, 'status.lost'),
    );
  },
};

export const Stalled: Story = {
  args: { status: 'stalled' },
  play: async ({ canvasElement, globals }) => {
    const icon = await iconOf(canvasElement);
    await expect(icon).toHaveAttribute('aria-label', inStoryLanguage(globals, 'status.stalled'));
    // Red (lighter on dark): the one status that asks for attention.
    const red = globals['scheme'] === 'dark' ? 'rgb(255, 138, 128)' : 'rgb(198, 40, 40)';
    await expect(getComputedStyle(icon).color).toBe(red);
  },
};

/** A status the element does not know (here from a newer backend) shows a neutral icon and warns. */
export const Unknown: Story = {
  args: { status: 'won' as SaleStatus },
  beforeEach: () => {
    const warn = spyOn(console, 'warn');
    return () => warn.mockRestore();
  },
  play: async ({ canvasElement, globals }) => {
    await expect(await iconOf(canvasElement)).toHaveAttribute(
      'aria-label',
      inStoryLanguage(globals, 'status.unknown'),
    );
    await expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('unknown status "won"'));
  },
};

/** Beside text that already says the status, the icon is decorative: hidden from screen readers. */
export const AllStatuses: Story = {
  parameters: { controls: { disable: true } },
  render: (_args, { globals }) =>
    html`<ul
      style="display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0; padding: 0; list-style: none"
    >
      ${SALE_STATUSES.map(
        (status) =>
          html`<li style="display: inline-flex; align-items: center; gap: 0.375rem">
            <sale-status-icon status=${status} decorative></sale-status-icon>
            ${inStoryLanguage(globals, `status.${status}`)}
          </li>`,
      )}
    </ul>`,
  play: async ({ canvasElement, globals }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items.map((item) => item.textContent?.trim())).toEqual(
      SALE_STATUSES.map((status) => inStoryLanguage(globals, `status.${status}`)),
    );
    for (const element of await renderedAll(canvasElement, 'sale-status-icon')) {
      const icon = shadowPart(element, 'icon');
      await expect(icon).toHaveAttribute('aria-hidden', 'true');
      await expect(icon).not.toHaveAttribute('role');
      await expect(icon).toBeVisible();
    }
  },
};

/**
 * Every status sits in the same round badge, tinted with its own colour, so the lost X reads as a
 * status and not as a close button.
 */
export const Badges: Story = {
  parameters: { controls: { disable: true } },
  render: () =>
    html`<p style="display: flex; gap: 1rem; margin: 0; font-size: 2rem">
      ${SALE_STATUSES.map((status) => html`<sale-status-icon status=${status}></sale-status-icon>`)}
    </p>`,
  play: async ({ canvasElement }) => {
    const backgrounds = new Set<string>();
    for (const element of await renderedAll(canvasElement, 'sale-status-icon')) {
      const style = getComputedStyle(shadowPart(element, 'icon'));
      await expect(style.borderTopLeftRadius).toBe('50%');
      await expect(style.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
      backgrounds.add(style.backgroundColor);
    }
    await expect(backgrounds.size).toBe(SALE_STATUSES.length);
  },
};

/** A host's own wording replaces the status name. */
export const CustomLabel: Story = {
  args: { status: 'sold', label: `Sold to ${saleByStatus.sold.company.name}` },
  play: async ({ canvasElement }) => {
    await expect(await iconOf(canvasElement)).toHaveAttribute('aria-label', 'Sold to Bergen Byggvare AS');
  },
};

/** The name follows the closest `lang`: here the toolbar's language, pinned to Norwegian bokmål. */
export const Norwegian: Story = {
  args: { status: 'sold' },
  globals: { locale: 'nb' },
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-status-icon');
    await expect(element.closest('[lang]')).toHaveAttribute('lang', 'nb');
    await expect(shadowPart(element, 'icon')).toHaveAttribute('aria-label', 'Solgt');
  },
};

/** On a dark background the icons switch to lighter colours through `light-dark()`. */
export const Dark: Story = {
  args: { status: 'sold' },
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const icon = await iconOf(canvasElement);
    await expect(getComputedStyle(icon).color).toBe('rgb(102, 187, 106)');
  },
};

/** The icon is 1em square, so it grows with the text around it (user font size, zoom). */
export const LargeFontSize: Story = {
  args: { status: 'stalled' },
  decorators: [(story) => html`<div style="font-size: 3rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const element = await rendered(canvasElement, 'sale-status-icon');
    const fontSize = parseFloat(getComputedStyle(element).fontSize);
    const box = shadowPart(element, 'icon').getBoundingClientRect();
    await expect(fontSize).toBe(48);
    await expect(box.width).toBeCloseTo(fontSize, 0);
    await expect(box.height).toBeCloseTo(fontSize, 0);
  },
};

/**
 * Reactive properties work: setting `status` re-renders. This fails when the TypeScript decorators
 * are compiled with class-field `define` semantics, which shadow Lit's accessors.
 */
export const FollowsStatusChanges: Story = {
  args: { status: 'open' },
  play: async ({ canvasElement, globals, step }) => {
    const element = await rendered(canvasElement, 'sale-status-icon');
    await expect(Object.hasOwn(element, 'status')).toBe(false);
    await step('set status to sold', async () => {
      element.status = 'sold';
      await element.updateComplete;
      await expect(element).toHaveAttribute('status', 'sold');
      await expect(shadowPart(element, 'icon')).toHaveAttribute(
        'aria-label',
        inStoryLanguage(globals, 'status.sold'),
      );
    });
  },
};
