/** A data source written for the <sale-screen> tests (records every call, can hold or fail any answer), and queries. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../src/sale-screen.js';
import type { SaleScreen } from '../src/sale-screen.js';
import type { SaleCard } from '../src/sale-card.js';
import type { SaleSections } from '../src/sale-sections.js';
import type { SelectionPanel } from '../src/selection-panel.js';
import type { Id, Sale, SalesGuide } from '../src/model/types.js';
import type { GuideStepRequest, SalesLists, SalesSource } from '../src/source/sales-source.js';

export const GUIDE: SalesGuide = {
  id: 'g',
  name: 'Fleet guide',
  autoAdvance: true,
  stages: [
    {
      stageId: 1,
      name: 'Lead',
      probability: 10,
      steps: [{ id: 's1', kind: 'activity', title: 'Qualification call' }],
    },
    {
      stageId: 2,
      name: 'Proposal',
      probability: 50,
      steps: [{ id: 's2', kind: 'document', title: 'Offer' }],
    },
    { stageId: 3, name: 'Negotiation', probability: 80, steps: [] },
  ],
};

export const LISTS: SalesLists = {
  stages: [
    { id: 1, name: 'Lead', probability: 10 },
    { id: 2, name: 'Proposal', probability: 50 },
    { id: 3, name: 'Negotiation', probability: 80 },
  ],
  saleTypes: [
    { id: 'new', name: 'New business', guide: GUIDE },
    { id: 'renewal', name: 'Renewal' },
  ],
  currentUser: { id: 5, name: 'Ola Hansen' },
};

/** Six sales: two completed (sold 2, lost 4). */
export function sixSales(): Sale[] {
  const sale = (id: number, title: string, status: Sale['status']): Sale => ({
    id,
    title,
    status,
    stage: LISTS.stages[0],
    probability: 10,
    saleType: LISTS.saleTypes[id === 1 ? 0 : 1],
    company: { id: 100 + id, name: `Company ${id}` },
  });
  return [
    sale(1, 'Fleet tracking', 'open'),
    sale(2, 'Support agreement', 'sold'),
    sale(3, 'Scanners', 'open'),
    sale(4, 'Audit', 'lost'),
    sale(5, 'Office move', 'stalled'),
    sale(6, 'Training', 'open'),
  ];
}

type Method = 'lists' | 'members' | 'sale' | 'save' | 'remove' | 'favourite' | 'guideStep';

interface Held {
  resolve(): void;
  reject(reason: unknown): void;
}

/**
 * A source over an array: answers in a microtask, records calls as `[method, ...args]`, and lets a
 * test fail a method (`failing`) or hold its next answers until released (`hold`).
 */
export class TestSource implements SalesSource {
  sales: Sale[];
  lists_: SalesLists;
  calls: [Method, ...unknown[]][] = [];
  failing = new Map<Method, unknown>();
  #held = new Map<Method, Held[]>();
  #holding = new Set<Method>();

  constructor(sales: Sale[] = sixSales(), lists: SalesLists = LISTS) {
    this.sales = structuredClone(sales);
    this.lists_ = structuredClone(lists);
  }

  /** Holds every answer of `method` until `release` (or `fail`) is called. */
  hold(method: Method): void {
    this.#holding.add(method);
  }

  /** Lets the held answers of `method` through, and stops holding it. */
  release(method: Method): void {
    this.#holding.delete(method);
    for (const held of this.#held.get(method)?.splice(0) ?? []) held.resolve();
  }

  /** Rejects the held answers of `method` with `reason`, and stops holding it. */
  failHeld(method: Method, reason: unknown): void {
    this.#holding.delete(method);
    for (const held of this.#held.get(method)?.splice(0) ?? []) held.reject(reason);
  }

  heldCount(method: Method): number {
    return this.#held.get(method)?.length ?? 0;
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter(([name]) => name === method).map(([, ...args]) => args);
  }

  async #answer<T>(method: Method, args: unknown[], work: () => T): Promise<T> {
    this.calls.push([method, ...args]);
    if (this.#holding.has(method)) {
      await new Promise<void>((resolve, reject) => {
        const list = this.#held.get(method) ?? [];
        list.push({ resolve, reject });
        this.#held.set(method, list);
      });
    }
    if (this.failing.has(method)) throw this.failing.get(method);
    return structuredClone(work());
  }

  #find(id: Id): Sale {
    const sale = this.sales.find((candidate) => String(candidate.id) === String(id));
    if (!sale) throw new Error(`No sale ${String(id)}`);
    return sale;
  }

  lists = () => this.#answer('lists', [], () => this.lists_);
  members = () => this.#answer('members', [], () => this.sales);
  sale = (id: Id) => this.#answer('sale', [id], () => this.#find(id));
  save = (draft: Sale, changes: Partial<Sale>) =>
    this.#answer('save', [draft, changes], () => {
      if (draft.id === '' || draft.id === undefined) {
        const created = { ...draft, id: 100 + this.sales.length };
        this.sales.push(created);
        return created;
      }
      const next = { ...this.#find(draft.id), ...changes } as Sale;
      this.sales = this.sales.map((sale) => (String(sale.id) === String(draft.id) ? next : sale));
      return next;
    });
  remove = (id: Id) =>
    this.#answer('remove', [id], () => {
      this.sales = this.sales.filter((sale) => String(sale.id) !== String(id));
    });
  favourite = (id: Id, value: boolean) =>
    this.#answer('favourite', [id, value], () => {
      this.#find(id).favourite = value;
    });
  guideStep = (saleId: Id, step: GuideStepRequest) =>
    this.#answer('guideStep', [saleId, step], () => {
      const sale = this.#find(saleId);
      for (const stage of sale.saleType?.guide?.stages ?? []) {
        for (const each of stage.steps)
          if (String(each.id) === String(step.stepId)) each.done = step.action !== 'reopen';
      }
      return sale;
    });
}

export const cardOf = (screen: SaleScreen): SaleCard => screen.shadowRoot!.querySelector('sale-card')!;
export const panelOf = (screen: SaleScreen): SelectionPanel =>
  screen.shadowRoot!.querySelector('selection-panel')!;
export const sectionsOf = (screen: SaleScreen): SaleSections | null =>
  screen.shadowRoot!.querySelector('sale-sections');

/** Everything inside the screen has rendered (its card, panel, sections and their inner tabs). */
export async function settled(screen: SaleScreen): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await screen.updateComplete;
    await Promise.all([
      cardOf(screen)?.updateComplete,
      panelOf(screen)?.updateComplete,
      sectionsOf(screen)?.updateComplete,
    ]);
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** The card's heading text: the title of the sale shown. */
export const shownTitle = (screen: SaleScreen): string =>
  cardOf(screen).shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? '';

export const positionText = (screen: SaleScreen): string =>
  cardOf(screen).shadowRoot!.querySelector('[part~="position"]')?.textContent?.trim() ?? '';

/** A button of the card by its visible text (Previous, Next, Save, …). */
export function cardButton(screen: SaleScreen, text: string): HTMLButtonElement {
  const buttons = [...cardOf(screen).shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
  const button = buttons.find((candidate) => candidate.textContent?.trim() === text);
  if (!button) throw new Error(`No card button "${text}"`);
  return button;
}

/** A button of the screen itself (New sale, Retry, the panel toggle) by its text. */
export function screenButton(screen: SaleScreen, text: string): HTMLButtonElement {
  const buttons = [...screen.shadowRoot!.querySelectorAll<HTMLButtonElement>('.bar button, .notices button')];
  const button = buttons.find((candidate) => candidate.textContent?.trim() === text);
  if (!button) throw new Error(`No screen button "${text}"`);
  return button;
}

/** The panel's option of the member titled `title`. */
export function panelOption(screen: SaleScreen, title: string): HTMLElement {
  const options = [...panelOf(screen).shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
  const option = options.find((candidate) => candidate.textContent?.includes(title));
  if (!option) throw new Error(`No panel option "${title}"`);
  return option;
}

export const selectedOptionText = (screen: SaleScreen): string =>
  panelOf(screen).shadowRoot!.querySelector('[role="option"][aria-selected="true"]')?.textContent ?? '';

export const alerts = (screen: SaleScreen): string[] =>
  [...screen.shadowRoot!.querySelectorAll('[role="alert"]')]
    .map((node) => node.textContent?.trim() ?? '')
    .filter(Boolean);

/** Renders a screen over `source` and waits until the first sale is shown. */
export async function renderScreen(
  source: SalesSource | undefined = new TestSource(),
  properties: Partial<SaleScreen> = {},
  width = 1200,
): Promise<SaleScreen> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.setProperty('inline-size', `${width}px`);
  const screen = document.createElement('sale-screen');
  Object.assign(screen, { today: '2025-06-01', premium: true, ...properties, source });
  wrapper.append(screen);
  if (source)
    await waitUntil(
      () => screen.getAttribute('aria-busy') === 'false' && shownTitle(screen) !== '',
      'a sale shows',
    );
  await settled(screen);
  return screen;
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
