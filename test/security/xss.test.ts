/**
 * Hostile strings in every text field of every element: markup stays text, nothing runs, no
 * element or event handler is created from a string, and no `javascript:`, `data:` or `vbscript:`
 * address survives into a link. Each string that runs would set `window.__xss`.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, type ReactiveElement } from 'lit';
import '../../src/index.js';
import { captureWarnings } from '../helpers/console.js';

const RUN = 'window.__xss=1';

const HOSTILE_STRINGS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"></svg>`,
  `"><img src=x onerror=${RUN}>`,
  `'><script>${RUN}</script>`,
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java&#x09;script:${RUN}`,
  `&#106;avascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<body onload=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<form action="javascript:${RUN}"><button>go</button></form>`,
  `<base href="javascript:/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<link rel="import" href="data:text/html,<script>${RUN}</script>">`,
  `<style>*{display:none}</style>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<template><script>${RUN}</script></template>`,
  `<!-- <img src=x onerror=${RUN}> -->`,
  `<?lit$123$>`,
  `lit$1234567$`,
  `{{constructor.constructor('${RUN}')()}}`,
  '${' + RUN + '}',
  `' onmouseover='${RUN}`,
  `" onfocus="${RUN}" autofocus="`,
  '\u202Eevil\u202C',
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
];

const FORBIDDEN_TAGS = new Set([
  'SCRIPT',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'BASE',
  'META',
  'LINK',
  'STYLE',
  'IMG',
  'VIDEO',
  'TEMPLATE',
  'MATH',
]);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

type Element = ReactiveElement & Record<string, unknown>;

/** Every element in the tree under `root`, through open shadow roots. */
function* deepElements(root: ParentNode): Generator<HTMLElement> {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** What a user can read or hear: text nodes and accessible names, through shadow roots. */
function deepText(root: ParentNode): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else walk(child);
    }
    if (node instanceof HTMLElement || node instanceof SVGElement) {
      for (const name of ['aria-label', 'title'])
        if (node.hasAttribute(name)) parts.push(node.getAttribute(name)!);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) parts.push(node.value);
      if ((node as HTMLElement).shadowRoot) walk((node as HTMLElement).shadowRoot!);
    }
  };
  walk(root);
  return parts.join(' ');
}

const ref = (name: string, id = 1) => ({ id, name });

/** Each element with the hostile string in every text field it shows. */
const DATA: Record<string, (text: string) => Record<string, unknown>> = {
  'sale-status-icon': (text) => ({ status: 'open', label: text }),
  'sale-tabs': (text) => ({
    tabs: [
      { id: 'one', label: text },
      { id: 'two', label: `${text} 2` },
    ],
    label: text,
  }),
  'sale-card': (text) => ({
    stages: [{ id: 1, name: text, probability: 10 }],
    saleTypes: [ref(text)],
    sources: [ref(text)],
    today: '2025-05-15',
    error: text,
    sale: {
      id: 1,
      number: text,
      title: text,
      status: 'open',
      description: text,
      notes: text,
      stage: { id: 1, name: text, probability: 10 },
      saleType: ref(text),
      company: ref(text),
      person: ref(text),
      project: ref(text),
      owner: ref(text),
      source: ref(text),
      competitor: ref(text),
      saleDate: '2025-06-30',
      nextActivity: { id: 1, title: text, date: '2025-05-01' },
      userFields: [
        { id: 'u1', label: text, type: 'text', value: text, pinned: true },
        { id: 'u2', label: text, type: 'list', value: text, options: [text] },
      ],
      links: [
        { id: 'l1', kind: 'url', title: text, href: text },
        { id: 'l2', kind: 'document', title: text },
      ],
    },
  }),
  'selection-panel': (text) => ({
    heading: text,
    today: '2025-06-15',
    members: [
      {
        id: 1,
        title: text,
        status: 'open',
        company: ref(text),
        saleDate: '2025-06-30',
        amount: 1,
        currency: 'NOK',
      },
      { id: 2, title: text, status: 'stalled', company: ref(text) },
    ],
    selected: 1,
  }),
  'sales-guide-card': (text) => ({
    guide: {
      id: 1,
      name: text,
      autoAdvance: true,
      stages: [
        { stageId: 1, name: text, steps: [{ id: 1, kind: 'activity', title: text, purpose: text }] },
        { stageId: 2, name: text, steps: [{ id: 2, kind: 'document', title: text, purpose: text }] },
      ],
    },
    stageId: 1,
  }),
  'sale-sections': (text) => ({
    premium: true,
    today: '2025-05-15',
    guide: {
      id: 1,
      name: text,
      stages: [{ stageId: 1, name: text, steps: [{ id: 1, kind: 'activity', title: text }] }],
    },
    sale: {
      id: 1,
      title: text,
      status: 'open',
      activities: [
        { id: 1, title: text, date: '2025-05-01', type: text, company: ref(text), person: ref(text) },
      ],
      stakeholders: [
        { id: 1, person: ref(text), company: ref(text), role: text, comment: text, email: text, phone: text },
      ],
      quote: { id: 1, number: text, title: text, status: text, amount: 1, currency: 'NOK' },
    },
  }),
  'sale-combobox': (text) => ({ kind: 'company', label: text, value: ref(text) }),
  'sale-list': (text) => ({
    label: text,
    today: '2025-06-15',
    groupBy: 'company',
    sales: [
      {
        id: 1,
        title: text,
        status: 'open',
        company: ref(text),
        person: ref(text),
        owner: ref(text),
        stage: { id: 1, name: text, probability: 10 },
        saleDate: '2025-06-30',
        amount: 1,
        currency: 'NOK',
        nextActivity: { id: 1, title: text, date: '2025-05-01' },
      },
    ],
  }),
};

/** The tabs of the element's own tab rows (the card's and the sections'), to show every panel. */
function tabsOf(element: HTMLElement): HTMLElement[] {
  const tabs = element.shadowRoot
    ?.querySelector('sale-tabs')
    ?.shadowRoot?.querySelectorAll<HTMLElement>('[role="tab"]');
  return [...(tabs ?? [])];
}

async function settle(element: Element): Promise<void> {
  await element.updateComplete;
  for (const inner of deepElements(element.shadowRoot!)) {
    await (inner as Partial<Element>).updateComplete;
  }
}

function problemsIn(element: Element): string[] {
  const problems: string[] = [];
  for (const node of deepElements(element.shadowRoot!)) {
    if (FORBIDDEN_TAGS.has(node.tagName)) problems.push(`a <${node.tagName.toLowerCase()}> element`);
    for (const attribute of node.getAttributeNames()) {
      if (attribute.startsWith('on')) problems.push(`an ${attribute} attribute on <${node.localName}>`);
    }
    // Our dialogs are forms (method="dialog"); none of ours has an action.
    if (node instanceof HTMLFormElement && node.hasAttribute('action'))
      problems.push('a form with an action');
    const href = node.getAttribute('href');
    if (href !== null && node instanceof HTMLAnchorElement && !SAFE_PROTOCOLS.has(node.protocol)) {
      problems.push(`a link to ${node.protocol}`);
    }
  }
  return problems;
}

describe('hostile strings in every text field', () => {
  afterEach(() => delete (window as { __xss?: unknown }).__xss);

  it(`tries ${HOSTILE_STRINGS.length} strings`, () => {
    expect(HOSTILE_STRINGS.length).to.be.at.least(30);
  });

  for (const [tag, data] of Object.entries(DATA)) {
    it(`<${tag}> shows each as text and runs none`, async function () {
      this.timeout(30_000);
      const warnings = captureWarnings();
      try {
        for (const text of HOSTILE_STRINGS) {
          const element = (await fixture(html`<div></div>`)).appendChild(
            document.createElement(tag),
          ) as Element;
          Object.assign(element, data(text));
          await settle(element);
          const panels = tabsOf(element);
          for (const tab of [...panels, panels[0]]) {
            tab?.click();
            await settle(element);
            expect(problemsIn(element), `${tag} with ${JSON.stringify(text)}`).to.deep.equal([]);
          }
          await new Promise((resolve) => setTimeout(resolve));
          expect((window as { __xss?: unknown }).__xss, `${tag} ran ${JSON.stringify(text)}`).to.equal(
            undefined,
          );
          // Single-line fields turn tabs and line breaks into spaces.
          const spaced = (value: string) => value.replace(/\s+/g, ' ').trim();
          expect(spaced(deepText(element)), `${tag} shows ${JSON.stringify(text)} as text`).to.contain(
            spaced(text),
          );
          element.parentElement!.remove();
        }
      } finally {
        warnings.restore();
      }
    });
  }
});
