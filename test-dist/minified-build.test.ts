/**
 * The built bundle against the source: rollup.config.js shrinks the CSS and HTML of our `css` and
 * `html` templates (minifyTemplates), which the behaviour tests never see, as they run from src/.
 * Here every element of dist/sales-elements.min.js must have the same style rules, as the browser
 * parses them, and render the same markup, up to whitespace, as the same element from src/.
 * Runs in `npm run test:dist`, after the build.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { cardLists, cardSales, cardToday } from '../stories/fixtures/sale-card.js';
import { standardGuide } from '../stories/fixtures/guide.js';
import { generateSales } from '../stories/fixtures/sale-list.js';
import { mixedMembers, SELECTION_TODAY } from '../stories/fixtures/selection-panel.js';

type ElementClass = typeof LitElement & { finalize(): void };

/** Each element: its source module, the class it exports, and properties to render it with. */
const ELEMENTS: [tag: string, module: string, className: string, properties: Record<string, unknown>][] = [
  ['sale-status-icon', 'sale-status-icon/sale-status-icon', 'SaleStatusIcon', { status: 'sold' }],
  [
    'sale-tabs',
    'sale-tabs/sale-tabs',
    'SaleTabs',
    {
      label: 'Sale',
      tabs: [
        { id: 'a', label: 'A', marked: true },
        { id: 'b', label: 'B' },
      ],
    },
  ],
  [
    'sale-card',
    'sale-card/sale-card',
    'SaleCard',
    { ...cardLists, sale: cardSales.overdue, today: cardToday },
  ],
  [
    'selection-panel',
    'selection-panel/selection-panel',
    'SelectionPanel',
    { members: mixedMembers, today: SELECTION_TODAY },
  ],
  [
    'sales-guide-card',
    'sales-guide-card/sales-guide-card',
    'SalesGuideCard',
    { guide: standardGuide, stageId: 2 },
  ],
  [
    'sale-sections',
    'sale-sections/sale-sections',
    'SaleSections',
    { sale: cardSales.open, today: cardToday },
  ],
  [
    'sale-list',
    'sale-list/sale-list',
    'SaleList',
    { sales: generateSales(12), today: '2025-06-15', groupBy: 'stage' },
  ],
];

const sources = new Map<string, ElementClass>();

before(async () => {
  // The bundle registers every tag; the source classes are defined under `src-<tag>` below. Source
  // modules that import a registering entry (the card imports <sale-tabs>) then find the tag
  // taken and say so: expected here, so those warnings are muted while they load.
  const bundle = new URL('../dist/sales-elements.min.js', import.meta.url).href;
  await import(/* @vite-ignore */ bundle);
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (const [tag, module, className] of ELEMENTS) {
      const exports = (await import(/* @vite-ignore */ `../src/elements/${module}.ts`)) as Record<
        string,
        ElementClass
      >;
      const source = exports[className]!;
      customElements.define(`src-${tag}`, source);
      sources.set(tag, source);
    }
  } finally {
    console.warn = warn;
  }
});

/** The style rules of an element class as the browser serializes them, so formatting does not count. */
function rulesOf(element: ElementClass): string[] {
  return (element.elementStyles ?? []).map((style) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style instanceof CSSStyleSheet ? '' : style.cssText);
    // Values with var() keep the spaces they were written with (`var(--a, red)`, line breaks),
    // which the minifier shortens: a run of spaces counts as one, and none after a comma. A space
    // removed or added anywhere else (`a :hover` is not `a:hover`) still fails.
    return [...sheet.cssRules]
      .map((rule) => rule.cssText)
      .join('\n')
      .replace(/\s+/g, ' ')
      .replace(/, /g, ',');
  });
}

/** The rendered shadow DOM, without Lit's marker comments and with every whitespace run as one space. */
async function markupOf(tag: string, properties: Record<string, unknown>): Promise<string> {
  const element = Object.assign(document.createElement(tag), properties) as unknown as LitElement;
  element.setAttribute('lang', 'en');
  document.body.append(element);
  try {
    await element.updateComplete;
    return element
      .shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '')
      .replace(/\s+/g, ' ')
      .replace(/> </g, '><');
  } finally {
    element.remove();
  }
}

describe('the minified bundle', () => {
  for (const [tag, , , properties] of ELEMENTS) {
    it(`<${tag}> has the same style rules as the source`, () => {
      const built = customElements.get(tag) as ElementClass;
      const source = sources.get(tag)!;
      source.finalize();
      const rules = rulesOf(built);
      expect(rules.join('').length).to.be.greaterThan(100);
      expect(rules).to.deep.equal(rulesOf(source));
    });

    it(`<${tag}> renders the same markup as the source`, async () => {
      const built = await markupOf(tag, properties);
      expect(built.length).to.be.greaterThan(100);
      expect(built).to.equal(await markupOf(`src-${tag}`, properties));
    });
  }
});
