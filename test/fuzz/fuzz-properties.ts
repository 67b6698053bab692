/**
 * The hardened property boundary: 10,000 hostile values (see hostile-values.ts), with a fixed seed,
 * through every public property of every element, each set on an element that otherwise holds good
 * data. Whatever the value, the element neither throws nor renders blank, logs at most one warning
 * (naming the element) and never runs markup; `undefined` is the property's default, silently.
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { html, type ReactiveElement } from 'lit';
import { standardGuide } from '../../stories/fixtures/guide.js';
import { cardLists, cardSales, cardToday } from '../../stories/fixtures/sale-card.js';
import { generateSales } from '../../stories/fixtures/sale-list.js';
import { generateMembers, SELECTION_TODAY } from '../../stories/fixtures/selection-panel.js';
import { createMemorySource } from '../../src/source/memory-source.js';
import type { Sale } from '../../src/model/types.js';
import { captureWarnings } from '../helpers/console.js';
import { hostileValue } from './hostile-values.js';

/** At least 10,000 values in all: 220 for each of the (today 61) public properties. */
export const RUNS_PER_PROPERTY = 220;
const SEED = 20261206;

type Element = ReactiveElement & Record<string, unknown>;

/** Each element with good data in every property, so a run changes exactly one thing. */
export const ELEMENTS: Record<string, Record<string, unknown>> = {
  'sale-status-icon': { status: 'stalled', label: 'Stalled since May', decorative: false },
  'sale-tabs': {
    tabs: [
      { id: 'one', label: 'One' },
      { id: 'two', label: 'Two', marked: true },
    ],
    selected: 'two',
    label: 'Details',
    activation: 'auto',
  },
  'sale-card': {
    ...cardLists,
    sale: cardSales.open,
    lookup: () => Promise.resolve([]),
    position: { index: 1, total: 3 },
    skipCompleted: false,
    premium: true,
    readonly: false,
    error: '',
    today: cardToday,
    currentUser: { id: 5, name: 'Ola Hansen' },
    loading: false,
  },
  'sale-combobox': {
    kind: 'person',
    label: 'Contact',
    value: { id: 21, name: 'Kari Nordmann' },
    lookup: () => Promise.resolve([{ id: 22, name: 'Per Fjell' }]),
    company: { id: 11, name: 'Fjordline Logistikk AS' },
    invalid: false,
  },
  'selection-panel': {
    members: generateMembers(30),
    selected: 3,
    heading: 'Hot leads',
    skipCompleted: false,
    today: SELECTION_TODAY,
    search: '',
  },
  'sales-guide-card': {
    guide: standardGuide,
    stageId: standardGuide.stages[1]?.stageId,
    status: 'open',
    readonly: false,
    showAllStages: false,
    headingLevel: 3,
  },
  'sale-sections': {
    sale: {
      ...cardSales.open,
      activities: [{ id: 'a1', title: 'Call Kari', date: '2025-05-01', done: false }],
      stakeholders: [{ id: 's1', name: 'Kari Nordmann', role: 'Decision maker' }],
      quote: { id: 'q1', title: 'Quote 1', amount: 480_000, currency: 'NOK' },
    },
    guide: standardGuide,
    premium: true,
    selected: 'activities',
    today: cardToday,
  },
  'sale-list': {
    sales: generateSales(40),
    columns: ['status', 'saleDate', 'amount', 'title', 'company'],
    sort: { column: 'amount', direction: 'desc' },
    groupBy: 'stage',
    filter: { text: '' },
    context: undefined,
    today: '2025-06-15',
    label: 'My sales',
  },
  'sale-screen': {
    source: createMemorySource({ lists: cardLists, sales: Object.values(cardSales) as Sale[] }),
    selected: cardSales.open.id,
    premium: true,
    today: cardToday,
    heading: 'Hot leads',
    readonly: false,
  },
};

/** The element's public reactive properties (internal state excluded). */
export function publicProperties(tag: string): string[] {
  const constructor = customElements.get(tag) as unknown as typeof ReactiveElement;
  return [...constructor.elementProperties]
    .filter(([name, options]) => typeof name === 'string' && !options.state && !name.startsWith('_'))
    .map(([name]) => name as string);
}

/** Something a user can perceive: text, a named image or an icon. */
function showsSomething(element: Element): boolean {
  const root = element.shadowRoot!;
  return (root.textContent ?? '').trim() !== '' || root.querySelector('[aria-label], svg') !== null;
}

async function render(tag: string): Promise<Element> {
  const element = (await fixture(html`<div></div>`)).appendChild(document.createElement(tag)) as Element;
  Object.assign(element, ELEMENTS[tag]);
  await element.updateComplete;
  return element;
}

/** Sets one property, waits for the update, and returns what went wrong, if anything. */
async function assign(element: Element, property: string, value: unknown): Promise<string | undefined> {
  try {
    element[property] = value;
    await element.updateComplete;
    // A second update some elements schedule from the first (focus, measurements).
    await element.updateComplete;
  } catch (error) {
    return `threw ${error instanceof Error ? error.message : 'a non-error'}`;
  }
  // Errors thrown outside the update (event handlers, observers, later microtasks) reach the window.
  await new Promise((resolve) => setTimeout(resolve));
  if (pageErrors.length > 0) return `window errors: ${pageErrors.splice(0).join('; ')}`;
  if ((window as { __hostile?: unknown }).__hostile !== undefined) return 'markup ran';
  if (!showsSomething(element)) return 'rendered nothing';
  return undefined;
}

const pageErrors: string[] = [];
const recordError = (event: ErrorEvent) => pageErrors.push(event.message);
const recordRejection = (event: PromiseRejectionEvent) =>
  pageErrors.push(`rejection: ${String(event.reason)}`);

/** Runs the suite for one element: undefined is silent, and RUNS_PER_PROPERTY hostile values per property. */
export function fuzzProperties(tag: string): void {
  describe(`every property of <${tag}> takes any value`, () => {
    before(() => {
      window.addEventListener('error', recordError);
      window.addEventListener('unhandledrejection', recordRejection);
    });
    after(() => {
      window.removeEventListener('error', recordError);
      window.removeEventListener('unhandledrejection', recordRejection);
    });

    for (const property of publicProperties(tag)) {
      it(`${property}: undefined is the default, silently`, async () => {
        const element = await render(tag);
        const warnings = captureWarnings();
        try {
          expect(await assign(element, property, undefined)).to.equal(undefined);
          expect(warnings.messages).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });

      it(`${property}: ${RUNS_PER_PROPERTY} hostile values`, async function () {
        this.timeout(120_000);
        const element = await render(tag);
        const good = ELEMENTS[tag]![property];
        await fc.assert(
          fc.asyncProperty(hostileValue, async (value) => {
            const warnings = captureWarnings();
            let problem: string | undefined;
            try {
              problem = await assign(element, property, value);
            } finally {
              warnings.restore();
            }
            if (!problem && warnings.messages.length > 1)
              problem = `warned ${warnings.messages.length} times`;
            if (!problem && warnings.messages.some((message) => !message.startsWith(`<${tag}>`))) {
              problem = `a warning that does not name <${tag}>: ${warnings.messages[0]}`;
            }
            // Back to good data, which must render again (a bad value leaves nothing stuck).
            const silenced = captureWarnings();
            try {
              problem ??= await assign(element, property, good);
            } finally {
              silenced.restore();
            }
            if (problem) throw new Error(problem);
          }),
          { seed: SEED, numRuns: RUNS_PER_PROPERTY, includeErrorInReport: true },
        );
      });
    }
  });
}
