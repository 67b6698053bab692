/** Shared fixtures and queries for the <sale-card> tests. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/sale-card.js';
import type { SaleCard } from '../src/sale-card.js';
import type { SaleTabs } from '../src/sale-tabs.js';
import type { Sale, SaleType, Stage } from '../src/model/types.js';

export const STAGES: Stage[] = [
  { id: 1, name: 'Lead', probability: 10 },
  { id: 2, name: 'Proposal', probability: 50 },
  { id: 3, name: 'Negotiation', probability: 80 },
];

export const SALE_TYPES: SaleType[] = [
  { id: 'new', name: 'New business' },
  {
    id: 'guided',
    name: 'Guided',
    guide: {
      id: 'g',
      name: 'Guide',
      stages: [
        { stageId: 7, name: 'Qualify', probability: 20, steps: [] },
        { stageId: 8, name: 'Close', probability: 90, steps: [] },
      ],
    },
  },
];

export const SALE: Sale = {
  id: 1041,
  number: '1041',
  title: 'Fleet tracking for 40 trucks',
  status: 'open',
  description: 'Forty trucks.',
  stage: STAGES[1],
  probability: 50,
  amount: 480000,
  cost: 360000,
  currency: 'NOK',
  saleType: SALE_TYPES[0],
  company: { id: 11, name: 'Fjordline Logistikk AS' },
  person: { id: 21, name: 'Kari Nordmann' },
  project: { id: 31, name: 'Fleet 2025' },
  owner: { id: 5, name: 'Ola Hansen' },
  saleDate: '2025-06-30',
  nextActivity: { id: 'a1', title: 'Call Kari', date: '2025-05-01' },
  source: { id: 1, name: 'Web' },
  credited: { id: 5, name: 'Ola Hansen' },
  userFields: [
    { id: 'u1', label: 'Region', type: 'list', value: 'West', options: ['West', 'North'], pinned: true },
    { id: 'u2', label: 'Trucks', type: 'number', value: 40 },
    { id: 'u3', label: 'Signed NDA', type: 'checkbox', value: true },
    { id: 'u4', label: 'Kick-off', type: 'date', value: '2025-07-01' },
    { id: 'u5', label: 'Contact note', type: 'text', value: 'Short' },
  ],
  links: [
    { id: 'l1', kind: 'url', title: 'Tender', href: 'https://example.com/tender' },
    { id: 'l2', kind: 'document', title: 'Offer.pdf', date: '2025-04-02' },
    { id: 'l3', kind: 'url', title: 'Bad', href: 'javascript:alert(1)' },
  ],
};

export const LISTS = {
  stages: STAGES,
  saleTypes: SALE_TYPES,
  currencies: ['NOK', 'EUR'],
  sources: [
    { id: 1, name: 'Web' },
    { id: 2, name: 'Fair' },
  ],
  competitors: [{ id: 3, name: 'ScanCo' }],
  credited: [{ id: 5, name: 'Ola Hansen' }],
  reasons: {
    sold: [{ id: 's1', name: 'Best price' }],
    lost: [{ id: 'l1', name: 'Too expensive' }],
    stalled: [{ id: 'st1', name: 'Budget frozen' }],
  },
};

export async function renderCard(sale: unknown = SALE, options: Partial<SaleCard> & { lang?: string } = {}) {
  const { lang = 'en', ...properties } = options;
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><sale-card today="2025-05-15"></sale-card></div>`,
  );
  const card = wrapper.querySelector('sale-card')!;
  Object.assign(card, LISTS, properties, { sale });
  await card.updateComplete;
  return card;
}

export const root = (card: SaleCard) => card.shadowRoot!;

/**
 * Whether `element` is in a panel the user can see: the card keeps the panels of the other tabs,
 * once built, unslotted, where the browser does not render them.
 */
const inShownPanel = (element: Element) => element.closest('.panel')?.checkVisibility() ?? true;

/** Elements of the card the user can see, like a user (or a host's test tool) finds them. */
export const qa = <T extends Element = HTMLElement>(card: SaleCard, selector: string) =>
  [...root(card).querySelectorAll<T & HTMLElement>(selector)].filter(inShownPanel);
export const q = <T extends Element = HTMLElement>(card: SaleCard, selector: string) =>
  qa<T>(card, selector)[0] ?? null;

/** A button of the card by its accessible text (visible or visually hidden). */
export function button(card: SaleCard, name: string): HTMLButtonElement {
  const found = qa<HTMLButtonElement>(card, 'button').find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent!.trim()) === name,
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

export const hasButton = (card: SaleCard, name: string) =>
  qa(card, 'button').some((candidate) => candidate.textContent!.trim() === name);

/** The control labelled `label` in the shown panel. */
export function field<T extends HTMLElement = HTMLInputElement>(card: SaleCard, label: string): T {
  const labelElement = qa<HTMLLabelElement>(card, 'label').find(
    (candidate) => candidate.textContent!.trim() === label,
  );
  if (!labelElement) throw new Error(`No field labelled "${label}"`);
  return labelElement.control as unknown as T;
}

/** The value view mode shows for `label`. */
export function viewValue(card: SaleCard, label: string): string | undefined {
  const term = qa(card, 'dt').find((candidate) => candidate.textContent!.trim() === label);
  return term?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
}

/** The value shown for `label`, in view mode or as a read-only field in edit mode (Company, Owner...). */
export function shownValue(card: SaleCard, label: string): string | undefined {
  const term = qa(card, 'dt, .field > .label').find((candidate) => candidate.textContent!.trim() === label);
  return term?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
}

/** The status the header's icon shows. */
export const statusOf = (card: SaleCard) => root(card).querySelector('sale-status-icon')!.status;

export function tabs(card: SaleCard): SaleTabs {
  return q<SaleTabs>(card, 'sale-tabs')!;
}

export async function selectTab(card: SaleCard, label: string) {
  const tab = [...tabs(card).shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find((candidate) =>
    candidate.textContent!.trim().startsWith(label),
  )!;
  tab.click();
  await card.updateComplete;
}

export async function type(card: SaleCard, control: HTMLInputElement | HTMLTextAreaElement, text: string) {
  control.focus();
  control.select();
  if (text === '') {
    await sendKeys({ press: 'Backspace' });
  } else {
    await sendKeys({ type: text });
  }
  await card.updateComplete;
}

export async function setValue(card: SaleCard, control: HTMLInputElement | HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await card.updateComplete;
}

export async function check(card: SaleCard, control: HTMLInputElement) {
  control.click();
  await card.updateComplete;
}

/** Collects the named events the card fires. */
export function record<K extends keyof GlobalEventHandlersEventMap>(card: SaleCard, name: K) {
  const events: GlobalEventHandlersEventMap[K][] = [];
  card.addEventListener(name, (event) => events.push(event as GlobalEventHandlersEventMap[K]));
  return events;
}

export async function startEditing(card: SaleCard) {
  button(card, 'Edit').click();
  await card.updateComplete;
}

/** The card's modal dialog (unsaved changes, delete). */
export const dialogOf = (card: SaleCard) => q<HTMLDialogElement>(card, 'dialog');

/** The element that has focus inside the card. */
export const focused = (card: SaleCard) => card.shadowRoot!.activeElement as HTMLElement | null;

/** A button of the card's dialog, by its text. */
export const dialogButton = (card: SaleCard, name: string) =>
  [...dialogOf(card)!.querySelectorAll('button')].find(
    (candidate) => candidate.textContent!.trim() === name,
  )!;
