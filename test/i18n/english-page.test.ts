/**
 * A page of English elements downloads no element's Norwegian texts; the first Norwegian element
 * downloads its own, and only those, and renders in Norwegian from its first render. One test: the
 * page's module graph is the page's, so the order of the steps matters.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

/** The element tags src/index.ts registers. */
const TAGS = [
  'sale-status-icon',
  'sale-tabs',
  'sale-card',
  'sale-combobox',
  'selection-panel',
  'sale-list',
  'sales-guide-card',
  'sale-sections',
  'sale-screen',
];

/** The Norwegian message chunks the page has requested so far, by file name. */
const norwegianChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
    .filter((file) => /\.messages\.nb\.[jt]s$/.test(file));

const frames = async (count: number) => {
  for (let frame = 0; frame < count; frame++) await new Promise(requestAnimationFrame);
};

describe('an English page', () => {
  it("loads no element's Norwegian texts; a Norwegian element then loads only its own, and never shows English", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    for (const tag of TAGS) wrapper.append(document.createElement(tag));
    const elements = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    await frames(3);
    expect(
      elements.every((el) => el.shadowRoot!.childNodes.length > 0),
      'every element rendered',
    ).to.equal(true);
    expect(norwegianChunks()).to.deep.equal([]);

    // A Norwegian panel: its chunk, and only its, loads; every render it shows is Norwegian.
    const norwegian = await fixture<HTMLElement>(html`<div lang="nb"></div>`);
    const panel = document.createElement('selection-panel');
    const seen: string[] = [];
    norwegian.append(panel);
    new MutationObserver(() => seen.push(panel.shadowRoot!.textContent!)).observe(panel.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    await panel.updateComplete;
    await frames(2);
    expect(seen.length, 'the panel rendered').to.be.greaterThan(0);
    expect(seen.filter((text) => text.includes('Selection members'))).to.deep.equal([]);
    expect(seen.at(-1)).to.contain('Utvalgsmedlemmer');
    expect(norwegianChunks()).to.deep.equal(['selection-panel.messages.nb.ts']);
  });
});
