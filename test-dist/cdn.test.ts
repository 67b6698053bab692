/**
 * dist/cdn/ as a portal uses it: a page with `<script type="module" src=".../dist/cdn/sale-card.js">`
 * gets the card and the elements it renders, loads the card's files and nothing of other elements,
 * and a second element's file on the same page reuses the chunks already loaded (one Lit).
 * Runs in `npm run test:dist`, after the build.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { cardLists, cardSales, cardToday } from '../stories/fixtures/sale-card.js';
import {
  cdnFiles,
  cdnPath,
  deepAll,
  deepText,
  loadedScripts,
  mount,
  openFrame,
  settled,
} from './cdn-frame.js';

/** Every tag the package defines, as custom-elements.json lists them. */
async function manifestTags(): Promise<string[]> {
  const manifest = await (await fetch(new URL('../custom-elements.json', import.meta.url))).json();
  return (manifest.modules as { exports?: { kind: string; name: string }[] }[])
    .flatMap((module) => module.exports ?? [])
    .filter((entry) => entry.kind === 'custom-element-definition')
    .map((entry) => entry.name)
    .sort();
}

type CdnWindow = Window &
  typeof globalThis & {
    warnings: string[];
    litElementVersions?: string[];
    litHtmlVersions?: string[];
    reactiveElementVersions?: string[];
  };

/** Records the page's warnings before any element loads (a second registration would warn). */
const collector = `
  window.warnings = [];
  const warn = console.warn.bind(console);
  console.warn = (...args) => { window.warnings.push(args.join(' ')); warn(...args); };
`;

/** Resolves once `src` has run in the frame as a module script. */
function addModule(win: Window, src: string): Promise<unknown> {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  win.document.head.append(script);
  return loaded;
}

/** The constructors a class inherits from, nearest first. */
function ancestors(constructor: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = Object.getPrototypeOf(constructor); current; current = Object.getPrototypeOf(current))
    chain.push(current);
  return chain;
}

describe('dist/cdn/: a page with only a card', function () {
  this.timeout(30_000);

  let frame: HTMLIFrameElement;
  let win: CdnWindow;
  let card: HTMLElement;

  before(async () => {
    frame = await openFrame(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script>${collector}</script>
    <script type="module" src="${cdnPath('sale-card.js')}"></script>
  </head>
  <body></body>
</html>`);
    win = frame.contentWindow as CdnWindow;
    card = await mount(win, 'sale-card', { ...cardLists, sale: cardSales.open, today: cardToday });
  });
  after(() => frame.remove());

  it('renders the card and defines only the card and the elements it renders', async () => {
    expect(deepText(card)).to.contain(cardSales.open.title);
    expect(deepAll(card, '[role="tab"]').map((tab) => tab.textContent!.trim())).to.include('Details');
    const tags = await manifestTags();
    expect(tags).to.have.length(9);
    // <sale-combobox> loads when a card gets a `lookup` (the last test), not with the card.
    expect(tags.filter((tag) => win.customElements.get(tag))).to.deep.equal([
      'sale-card',
      'sale-status-icon',
      'sale-tabs',
    ]);
  });

  it("loads the card's entry and chunks, and no file of the list", async () => {
    const cardFiles = await cdnFiles('sale-card.js');
    const listFiles = await cdnFiles('sale-list.js');
    const listOnly = [...listFiles].filter((file) => !cardFiles.has(file));
    const loaded = loadedScripts(win);

    expect(listOnly, 'the list has files a card does not need').to.include(cdnPath('sale-list.js'));
    expect(loaded.filter((file) => listOnly.includes(file))).to.deep.equal([]);
    // Exactly the card's import graph and, loaded in idle time, the chunks of its Details, Notes
    // and Links tabs: nothing else (not the combobox, not the Norwegian texts), and every chunk it
    // imports (shared ones too).
    const comboboxFiles = await cdnFiles('sale-combobox.js');
    const tabChunks = [...(await cdnFiles('sale-card.js', { dynamic: true }))].filter(
      (file) => !cardFiles.has(file) && !comboboxFiles.has(file) && !file.includes('.messages.nb-'),
    );
    expect(tabChunks, 'the lazy tab chunks').not.to.deep.equal([]);
    expect([...new Set(loaded)].sort()).to.deep.equal([...cardFiles, ...tabChunks].sort());
    expect(
      loaded.some((file) => /\/dist\/cdn\/chunks\/lit-[\w-]+\.js$/.test(file)),
      'the Lit chunk',
    ).to.equal(true);
  });

  it("a second element's file on the page reuses the loaded chunks: one Lit, no second registration", async () => {
    const before = new Set(loadedScripts(win));
    await addModule(win, cdnPath('sale-status-icon.js'));

    expect(loadedScripts(win).filter((file) => !before.has(file))).to.deep.equal([
      cdnPath('sale-status-icon.js'),
    ]);
    expect(win.litElementVersions, 'lit-element loaded once').to.have.length(1);
    expect(win.litHtmlVersions, 'lit-html loaded once').to.have.length(1);
    expect(win.reactiveElementVersions, 'reactive-element loaded once').to.have.length(1);
    expect(win.warnings.filter((warning) => warning.includes('already defined'))).to.deep.equal([]);

    const icon = await mount(win, 'sale-status-icon', { status: 'sold' });
    await settled(icon);
    expect(deepAll(icon, '[role="img"]').map((image) => image.getAttribute('aria-label'))).to.deep.equal([
      'Sold',
    ]);
    // The icon's class (a ReactiveElement) and the card's (through LitElement) share one ReactiveElement.
    const iconBase = Object.getPrototypeOf(win.customElements.get('sale-status-icon'));
    expect(ancestors(win.customElements.get('sale-card'))).to.include(iconBase);
  });

  it('loads <sale-combobox> once the card gets a lookup: the record fields become comboboxes', async () => {
    const cardFiles = await cdnFiles('sale-card.js');
    const before = new Set(loadedScripts(win));
    Object.assign(card, { lookup: () => Promise.resolve([]) });
    deepAll<HTMLButtonElement>(card, 'button')
      .find((button) => button.textContent!.trim() === 'Edit')!
      .click();
    await waitUntil(
      () => deepAll(card, '[role="combobox"]').length > 0,
      'the record fields become comboboxes',
    );
    expect(typeof win.customElements.get('sale-combobox')).to.equal('function');
    const added = loadedScripts(win).filter((file) => !before.has(file));
    expect(added, 'the combobox chunk').not.to.deep.equal([]);
    expect(
      added.filter((file) => cardFiles.has(file)),
      "none of the card's first files again",
    ).to.deep.equal([]);
    expect(win.warnings.filter((warning) => warning.includes('already defined'))).to.deep.equal([]);
  });
});
