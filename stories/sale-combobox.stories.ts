import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/sale-card.js';
import '../src/sale-combobox.js';
import type { Lookup, LookupKind, SaleCombobox } from '../src/sale-card.js';
import { catalogueMessage, languageOf } from '../src/i18n/messages.js';
import { saleComboboxMessages } from '../src/elements/sale-combobox/sale-combobox.messages.js';
import type { Ref, Sale } from '../src/model/types.js';
import { cardLists, cardSales, cardToday } from './fixtures/sale-card.js';
import { failingLookup, sampleLookup, waitingLookup } from './fixtures/lookup.js';
import { rendered, shadowPart } from './support/shadow.js';

type Args = {
  kind: LookupKind;
  label: string;
  value?: Ref | null;
  lookup?: Lookup;
  /** Called with each `sale-combobox-change`; shows in the Actions panel. */
  onChange?: (event: Event) => void;
};

const meta = {
  title: 'Elements/Sale combobox',
  component: 'sale-combobox',
  args: { kind: 'company', label: 'Company', value: null, lookup: sampleLookup(), onChange: fn() },
  argTypes: {
    kind: {
      control: 'select',
      options: ['company', 'person', 'project', 'owner', 'sale', 'activity', 'document'],
    },
    lookup: { control: false },
  },
  render: (args) =>
    html`<div class="combobox-story">
      <sale-combobox
        kind=${args.kind}
        .label=${args.label}
        .value=${args.value}
        .lookup=${args.lookup}
        @sale-combobox-change=${args.onChange ?? (() => {})}
      ></sale-combobox>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const say = (globals: Record<string, unknown>, key: keyof (typeof saleComboboxMessages)['en']) =>
  catalogueMessage(languageOf(String(globals['locale'])), key, saleComboboxMessages);

const inputOf = (combobox: SaleCombobox) => shadowPart(combobox, 'input') as HTMLInputElement;
const popupOf = (combobox: SaleCombobox) => shadowPart(combobox, 'popup');

/** Types `text` into the story's combobox, as a user would. */
async function typeIn(canvas: HTMLElement, text: string): Promise<SaleCombobox> {
  const combobox = await rendered(canvas, 'sale-combobox');
  await userEvent.type(inputOf(combobox), text);
  return combobox;
}

/** Type "fj": two companies show, and the arrow keys move to the second. */
export const WithSuggestions: Story = {
  play: async ({ canvasElement, args }) => {
    const combobox = await typeIn(canvasElement, 'fj');
    await waitFor(() => expect(combobox.shadowRoot!.querySelectorAll('[role="option"]')).toHaveLength(2));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const input = inputOf(combobox);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    await expect(
      combobox.shadowRoot!.getElementById(input.getAttribute('aria-activedescendant')!),
    ).toHaveTextContent('Fjellkraft AS');
    await userEvent.keyboard('{Enter}');
    await expect(args.onChange).toHaveBeenCalledOnce();
    await expect(input).toHaveValue('Fjellkraft AS');
  },
};

/** A contact search; a person found may say which company it belongs to. */
export const Contact: Story = {
  args: { kind: 'person', label: 'Contact', value: { id: 21, name: 'Kari Nordmann' } },
};

export const NoMatches: Story = {
  play: async ({ canvasElement, globals }) => {
    const combobox = await typeIn(canvasElement, 'zz');
    await waitFor(() => expect(popupOf(combobox)).toHaveTextContent(say(globals, 'combobox.noMatches')));
    await expect(combobox.shadowRoot!.querySelector('[role="status"]')).toHaveTextContent(
      say(globals, 'combobox.noMatches'),
    );
  },
};

/** The search waits for the server: "Searching…", and the field is busy. */
export const Loading: Story = {
  args: { lookup: waitingLookup },
  play: async ({ canvasElement, globals }) => {
    const combobox = await typeIn(canvasElement, 'fj');
    await expect(inputOf(combobox)).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(popupOf(combobox)).toHaveTextContent(say(globals, 'combobox.searching')));
  },
};

/** The search failed: a short message, and the page carries on. */
export const SearchFailed: Story = {
  args: { lookup: failingLookup },
  play: async ({ canvasElement, globals }) => {
    const combobox = await typeIn(canvasElement, 'fj');
    await waitFor(() => expect(popupOf(combobox)).toHaveTextContent(say(globals, 'combobox.failed')));
  },
};

export const Norwegian: Story = {
  ...NoMatches,
  args: { label: 'Firma' },
  globals: { locale: 'nb' },
};

/** The card in edit mode with a `lookup`: Company, Contact, Project and Owner are comboboxes. */
export const CardWithLookup: StoryObj<{ sale: Sale; lookup: Lookup }> = {
  args: { sale: cardSales.open, lookup: sampleLookup() },
  render: (args) =>
    html`<sale-card
      today=${cardToday}
      .sale=${args.sale}
      .lookup=${args.lookup}
      .stages=${cardLists.stages}
      .saleTypes=${cardLists.saleTypes}
      .currencies=${cardLists.currencies}
    ></sale-card>`,
  play: async ({ canvasElement, globals }) => {
    const card = await rendered(canvasElement, 'sale-card');
    const edit = [...card.shadowRoot!.querySelectorAll('button')].find(
      (button) => button.id === 'edit-button',
    )!;
    await userEvent.click(edit);
    await card.updateComplete;
    const comboboxes = [...card.shadowRoot!.querySelectorAll('sale-combobox')];
    await expect(comboboxes.map((combobox) => combobox.id)).toEqual([
      'f-company',
      'f-person',
      'f-project',
      'f-owner',
    ]);
    const company = comboboxes[0]!;
    const input = inputOf(company);
    // Replaces the company's name, as typing over a selected field does.
    await userEvent.type(input, 'fj', { initialSelectionStart: 0, initialSelectionEnd: input.value.length });
    await waitFor(() =>
      expect(company.shadowRoot!.querySelectorAll('[role="option"]').length).toBeGreaterThan(0),
    );
    await expect(popupOf(company)).not.toHaveTextContent(say(globals, 'combobox.failed'));
  },
};
