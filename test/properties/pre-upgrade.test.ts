/**
 * Elements that a framework creates before they are defined (a lazy `import()`, a late script):
 * properties set on the plain element survive the upgrade, and a record or list that arrived as an
 * attribute (`sale="[object Object]"` from React 19, `:sale-types` from Vue) is named in a warning.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/index.js';
import { captureWarnings } from '../helpers/console.js';
import { ELEMENTS, publicProperties } from '../fuzz/fuzz-properties.js';

type Element = ReactiveElement & Record<string, unknown>;

/** Text a user would find: text, input values and accessible names, through nested shadow roots. */
function visibleText(root: ParentNode): string {
  const parts: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) parts.push(visibleText(node.shadowRoot));
    if (node instanceof HTMLInputElement) parts.push(node.value);
    const label = node.getAttribute('aria-label');
    if (label) parts.push(label);
  }
  return `${root.textContent ?? ''} ${parts.join(' ')}`;
}

const sale = ELEMENTS['sale-card']!['sale'] as { title: string };
const guide = ELEMENTS['sales-guide-card']!['guide'] as { stages: { name: string }[] };
const members = ELEMENTS['selection-panel']!['members'] as { title: string }[];
const sales = ELEMENTS['sale-list']!['sales'] as { title: string }[];

/** For each element, what shows only when its record or list property arrived. */
const SEES: Record<string, (text: string) => boolean> = {
  'sale-status-icon': (text) => text.includes('Stalled since May'),
  'sale-tabs': (text) => text.includes('One') && text.includes('Two'),
  'sale-card': (text) => text.includes(sale.title),
  'sale-combobox': (text) => text.includes('Kari Nordmann'),
  'selection-panel': (text) => text.includes(members[0]!.title),
  'sales-guide-card': (text) => text.includes(guide.stages[1]!.name),
  'sale-sections': (text) => text.includes('Call Kari'),
  'sale-list': (text) => sales.some(({ title }) => text.includes(title)),
  'sale-screen': (text) => text.includes(sale.title),
};

/** Properties without an attribute: records, lists and functions. */
function objectProperties(tag: string): string[] {
  const constructor = customElements.get(tag) as unknown as typeof ReactiveElement;
  return [...constructor.elementProperties]
    .filter(([, options]) => options.attribute === false && !options.state)
    .map(([name]) => String(name));
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

let defined = 0;

/**
 * A plain, not yet defined element in the page, `prepare`d by the test, that then upgrades: the
 * element class is defined (as a subclass, since every tag is defined once) under its fresh name.
 */
async function upgraded(tag: string, prepare: (element: HTMLElement) => void): Promise<Element> {
  defined += 1;
  const name = `${tag}-upgrade-${defined}`;
  const element = document.createElement(name);
  expect(customElements.get(name)).to.equal(undefined);
  prepare(element);
  (await fixture(html`<div></div>`)).append(element);
  const base = customElements.get(tag) as unknown as typeof HTMLElement;
  customElements.define(name, class extends base {});
  expect(element).to.be.instanceOf(base);
  await (element as Element).updateComplete;
  return element as Element;
}

describe('elements upgraded after a framework set their properties', () => {
  for (const tag of Object.keys(ELEMENTS)) {
    it(`<${tag}> keeps every property set before it was defined and shows it`, async () => {
      const values = ELEMENTS[tag]!;
      const warnings = captureWarnings();
      try {
        // The same data on an element created defined, for the warnings the data itself may cause.
        const reference = (await fixture(html`<div></div>`)).appendChild(document.createElement(tag));
        await (Object.assign(reference, values) as Element).updateComplete;
        const expected = warnings.messages.splice(0);

        const element = await upgraded(tag, (plain) => Object.assign(plain, values));
        for (const property of publicProperties(tag)) {
          expect(element[property], property).to.equal(values[property]);
        }
        await waitUntil(() => SEES[tag]!(visibleText(element.shadowRoot!)), `<${tag}> shows its data`);
        // Elements name their own tag in data warnings, so the upgraded one warns exactly the same.
        expect(warnings.messages).to.deep.equal(expected);
      } finally {
        warnings.restore();
      }
    });
  }
});

describe('a record or list property set as an attribute', () => {
  it('warns once, naming the property, when React 19 set sale="[object Object]" before definition', async () => {
    const warnings = captureWarnings();
    try {
      const element = await upgraded('sale-card', (plain) => plain.setAttribute('sale', '[object Object]'));
      expect(warnings.messages).to.deep.equal([
        `<${element.localName}>: sale: attribute sale="[object Object]" was set, probably by a framework ` +
          'before the element was defined; set the property instead (el.sale = …).',
      ]);
      element.setAttribute('sale', '[object Object]!');
      await element.updateComplete;
      expect(warnings.messages).to.have.length(1);
      // The user sees the empty state, not a broken card.
      expect(element.shadowRoot!.textContent).to.include('No sale selected');
    } finally {
      warnings.restore();
    }
  });

  it('names a list property set by Vue as a kebab-case attribute on a defined element', async () => {
    const warnings = captureWarnings();
    try {
      const element = document.createElement('sale-card');
      element.setAttribute('sale-types', '[object Object],[object Object]');
      (await fixture(html`<div></div>`)).append(element);
      expect(warnings.messages).to.deep.equal([
        '<sale-card>: saleTypes: attribute sale-types="[object Object],[object Object]" was set, probably by a ' +
          'framework before the element was defined; set the property instead (el.saleTypes = …).',
      ]);
    } finally {
      warnings.restore();
    }
  });

  for (const tag of Object.keys(ELEMENTS)) {
    const properties = objectProperties(tag);
    const attributes = properties.flatMap((property) =>
      [...new Set([property.toLowerCase(), kebab(property)])].map((attribute) => ({ property, attribute })),
    );
    if (attributes.length === 0) continue;
    it(`<${tag}> warns once for each of ${attributes.map(({ attribute }) => attribute).join(', ')}`, async () => {
      const warnings = captureWarnings();
      try {
        const element = await upgraded(tag, (plain) => {
          for (const { attribute } of attributes) plain.setAttribute(attribute, '[object Object]');
        });
        // Set again: still one warning each.
        for (const { attribute } of attributes) element.setAttribute(attribute, '[object Object]');
        await element.updateComplete;
        const named = warnings.messages.filter((message) => message.includes('was set, probably'));
        expect(named).to.deep.equal(
          attributes.map(
            ({ property, attribute }) =>
              `<${element.localName}>: ${property}: attribute ${attribute}="[object Object]" was set, probably by ` +
              `a framework before the element was defined; set the property instead (el.${property} = …).`,
          ),
        );
      } finally {
        warnings.restore();
      }
    });
  }

  it('leaves attributes of other properties alone', async () => {
    const warnings = captureWarnings();
    try {
      const element = await upgraded('sale-card', (plain) => {
        plain.setAttribute('today', '2025-05-01');
        plain.setAttribute('skip-completed', '');
        plain.setAttribute('data-sale', '[object Object]');
      });
      expect(element['today']).to.equal('2025-05-01');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
