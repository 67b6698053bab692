/**
 * The one-file bundle under a portal's strict Content Security Policy, with Trusted Types enforced:
 * every element renders realistic data and is driven the way a user would (tabs clicked, the card
 * edited and typed into, the list sorted), and the page sees no policy violation, no `error` and no
 * `unhandledrejection`. The page is an iframe whose `srcdoc` carries the policy in a `<meta>`; it
 * inherits this page's origin, so `'self'` is the test server and the bundle loads by absolute path.
 * Runs in `npm run test:dist`, after the build.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cardLinks, cardLists, cardNotes, cardSales, cardToday } from '../stories/fixtures/sale-card.js';
import { standardGuide } from '../stories/fixtures/guide.js';
import { generateSales } from '../stories/fixtures/sale-list.js';
import { mixedMembers, SELECTION_TODAY } from '../stories/fixtures/selection-panel.js';
import { newNonce, strictPolicy } from './strict-csp-policy.mjs';

const NONCE = newNonce();
const POLICY = strictPolicy(NONCE);

/** The markup string the page's own Trusted Types self-check tries to assign. */
const SELF_CHECK = '<i>trusted-types-self-check</i>';

interface Report {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
  trustedTypesEnforced: boolean;
}

type FrameWindow = Window & typeof globalThis & { report: Report };

/**
 * The first script of the page, with the nonce: it starts listening before the bundle loads, then
 * checks that assigning markup to innerHTML throws (Trusted Types are enforced, not only declared).
 */
const collector = `
  window.report = { violations: [], errors: [], trustedTypesEnforced: false };
  document.addEventListener('securitypolicyviolation', (event) => {
    report.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile + ':' + event.lineNumber + ':' + event.columnNumber,
    });
  }, true);
  window.addEventListener('error', (event) => {
    report.errors.push('error: ' + (event.message || (event.target && event.target.outerHTML) || event.type));
  }, true);
  window.addEventListener('unhandledrejection', (event) => {
    report.errors.push('unhandledrejection: ' + (event.reason && event.reason.stack || event.reason));
  });
  try {
    document.createElement('div').innerHTML = ${JSON.stringify(SELF_CHECK)};
  } catch (error) {
    report.trustedTypesEnforced = error instanceof TypeError;
  }
`;

function pageSource(bundle: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />
    <script nonce="${NONCE}">${collector}</script>
    <script type="module" nonce="${NONCE}" src="${bundle}"></script>
  </head>
  <body></body>
</html>`;
}

/** Resolves once the frame has loaded its document and run its module scripts. */
async function openStrictFrame(): Promise<{ frame: HTMLIFrameElement; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.title = 'strict CSP page';
  // CSSOM writes are allowed by style-src; the frame is tall enough for the virtual lists to draw.
  Object.assign(frame.style, { width: '1200px', height: '3000px', border: '0' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = pageSource(new URL('../dist/sales-elements.min.js', import.meta.url).pathname);
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow };
}

/** Every text node and accessible label under `node`, shadow roots included. */
function deepText(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent!);
    if (current.nodeType === Node.ELEMENT_NODE) {
      const element = current as Element;
      const label = element.getAttribute('aria-label');
      if (label) parts.push(label);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
    current.childNodes.forEach(visit);
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** The element's shadow root and, through nested shadow roots, everything matching `selector`. */
function deepAll<T extends Element>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepAll<T>(element.shadowRoot, selector));
  }
  // The frame's nodes come from another realm, where `instanceof Element` is false.
  const { shadowRoot } = root as Partial<Element>;
  if (shadowRoot) found.push(...deepAll<T>(shadowRoot, selector));
  return found;
}

const byText = <T extends Element>(elements: T[], text: string) =>
  elements.find((element) => element.textContent!.replace(/\s+/g, ' ').trim().startsWith(text));

/** Waits for the element and every Lit element inside it to finish updating. */
async function settled(element: Element): Promise<void> {
  const inner = [element, ...deepAll(element, '*')].filter(
    (candidate): candidate is Updatable => 'updateComplete' in candidate,
  );
  await Promise.all(inner.map((candidate) => candidate.updateComplete));
}

/**
 * Waits until the frame has been idle a few times over and painted: the idle-time work the elements
 * queue (warm-ups, rehearsal renders, built-ahead panels) then runs under the policy too.
 */
async function frameIdle(win: FrameWindow, rounds = 4): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => win.requestIdleCallback(resolve, { timeout: 2000 }));
  }
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** Clicks the tab labelled `label` inside `host`'s own (possibly nested) `<sale-tabs>`. */
async function clickTab(host: Element, label: string): Promise<void> {
  const tab = byText(deepAll<HTMLElement>(host, '[role="tab"]'), label);
  expect(tab, `a tab "${label}" in <${host.localName}>`).to.not.equal(undefined);
  tab!.click();
  await settled(host);
  expect(tab!.getAttribute('aria-selected'), `tab "${label}" selected`).to.equal('true');
}

describe('the bundle under a strict CSP with Trusted Types', function () {
  this.timeout(30_000);

  let frame: HTMLIFrameElement;
  let win: FrameWindow;

  before(async () => {
    ({ frame, win } = await openStrictFrame());
  });
  after(() => frame.remove());

  /** Creates `<tag>` in the frame with its properties (copied into the frame's realm), and renders it. */
  async function mount<T extends HTMLElement>(tag: string, properties: Record<string, unknown>) {
    const element = win.document.createElement(tag) as unknown as T;
    Object.assign(element, win.structuredClone(properties));
    win.document.body.append(element);
    await settled(element);
    return element;
  }

  it('enforces the policy in the page: Trusted Types are required and the bundle loaded', async () => {
    expect(win.report.trustedTypesEnforced, 'innerHTML = string throws').to.equal(true);
    const tags = [
      'sale-status-icon',
      'sale-tabs',
      'sale-card',
      'selection-panel',
      'sales-guide-card',
      'sale-sections',
      'sale-list',
    ];
    expect(tags.filter((tag) => !win.customElements.get(tag))).to.deep.equal([]);
  });

  it('renders and drives every element with no violation and no error', async () => {
    const icon = await mount('sale-status-icon', { status: 'stalled' });

    const tabs = await mount<HTMLElement>('sale-tabs', {
      label: 'Sale details',
      tabs: [
        { id: 'sale', label: 'Sale' },
        { id: 'notes', label: 'Notes', marked: true },
        { id: 'links', label: 'Links' },
      ],
    });
    for (const id of ['sale', 'notes', 'links']) {
      const panel = win.document.createElement('div');
      panel.slot = id;
      panel.textContent = `${id} panel`;
      tabs.append(panel);
    }
    await clickTab(tabs, 'Notes');
    await clickTab(tabs, 'Links');
    (tabs as HTMLElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settled(tabs);
    expect(tabs.getAttribute('selected'), 'the arrow key selected the tab before').to.equal('notes');

    const card = await mount<Updatable>('sale-card', {
      ...cardLists,
      sale: { ...cardSales.overdue, notes: cardNotes, links: cardLinks },
      position: { index: 2, total: 12 },
      today: cardToday,
    });
    await clickTab(card, 'Notes');
    await clickTab(card, 'Links');
    await clickTab(card, 'More');
    await clickTab(card, 'Sale');
    const edit = byText(deepAll<HTMLButtonElement>(card, 'button'), 'Edit');
    expect(edit, 'the card has an Edit button').to.not.equal(undefined);
    edit!.click();
    await settled(card);
    const title = deepAll<HTMLInputElement>(card, 'input').find(
      (input) => input.value === cardSales.overdue.title,
    );
    expect(title, 'the title field in edit mode').to.not.equal(undefined);
    title!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' <img src=x onerror=alert(1)> (revised)' });
    await settled(card);
    expect(title!.value).to.equal(`${cardSales.overdue.title} <img src=x onerror=alert(1)> (revised)`);
    await clickTab(card, 'Notes');
    const notes = deepAll<HTMLTextAreaElement>(card, 'textarea')[0];
    expect(notes, 'the notes field in edit mode').to.not.equal(undefined);
    notes!.focus();
    await sendKeys({ type: ' Call back.' });
    await settled(card);
    await clickTab(card, 'Sale');

    const panel = await mount<Updatable>('selection-panel', {
      heading: 'My open deals',
      members: mixedMembers,
      today: SELECTION_TODAY,
    });
    panel.style.height = '400px';
    await settled(panel);
    deepAll<HTMLElement>(panel, '[role="option"]')[1]?.click();
    await settled(panel);

    const guide = await mount('sales-guide-card', { guide: standardGuide, stageId: 2 });

    const sections = await mount<Updatable>('sale-sections', {
      premium: true,
      guide: standardGuide,
      today: cardToday,
      sale: {
        ...cardSales.open,
        activities: [
          {
            id: 1,
            title: 'Kick-off meeting',
            date: '2025-05-20',
            type: 'Meeting',
            person: { id: 2, name: 'Kari Nordmann' },
          },
          { id: 2, title: 'Send proposal', date: '2025-05-10', done: true, type: 'Task' },
        ],
        stakeholders: [
          {
            id: 10,
            person: { id: 2, name: 'Kari Nordmann' },
            role: 'Decision maker',
            email: 'kari@example.no',
          },
        ],
        quote: {
          id: 77,
          number: 'Q-2025-077',
          title: 'Fleet tracking offer',
          amount: 480000,
          currency: 'NOK',
          status: 'Sent',
        },
      },
    });
    await clickTab(sections, 'Sales guide');
    await clickTab(sections, 'Stakeholders');
    await clickTab(sections, 'Quote');
    await clickTab(sections, 'Activities');

    const list = await mount<Updatable>('sale-list', {
      sales: generateSales(40),
      today: '2025-06-15',
      groupBy: 'stage',
    });
    list.style.height = '500px';
    await settled(list);
    const sortByTitle = () =>
      deepAll<HTMLElement>(list, '[role="columnheader"]')
        .find((header) => header.textContent!.trim().startsWith('Title'))!
        .querySelector('button')!;
    sortByTitle().click();
    await settled(list);
    sortByTitle().click();
    await settled(list);
    const titleHeader = deepAll<HTMLElement>(list, '[role="columnheader"]').find((header) =>
      header.textContent!.trim().startsWith('Title'),
    )!;
    expect(titleHeader.getAttribute('aria-sort')).to.equal('descending');

    await frameIdle(win);

    for (const [element, expected] of [
      [icon, 'Stalled'],
      [tabs, 'Notes'],
      [card, cardSales.overdue.company.name],
      [panel, 'My open deals'],
      [guide, standardGuide.stages[1]!.name],
      [sections, 'Kick-off meeting'],
      [list, 'Title'],
    ] as const) {
      expect(deepText(element), `<${element.localName}> shows its content`).to.contain(expected);
    }

    const report = win.report;
    const selfCheck = report.violations.filter((violation) => violation.sample.includes('self-check'));
    expect(selfCheck, 'the self-check itself was reported (the listener works)').to.have.length(1);
    expect(report.violations.filter((violation) => !selfCheck.includes(violation))).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
  });
});
