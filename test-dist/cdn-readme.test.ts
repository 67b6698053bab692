/**
 * The README's plain-HTML recipe (the block marked `recipe=cdn`) as a page: its CDN URLs pointed at
 * this build's dist/, it loads, defines its elements and renders the data its own script sets, with
 * no error. scripts/check-readme-recipes.mjs checks the other recipes. Runs in `npm run test:dist`.
 */
import { expect } from '@open-wc/testing';
import { deepAll, deepText, openFrame, settled } from './cdn-frame.js';

type RecipeWindow = Window & typeof globalThis & { errors: string[] };

const collector = `
  window.errors = [];
  window.addEventListener('error', (event) => errors.push(event.message || event.type), true);
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
`;

async function readmeRecipe(name: string): Promise<string> {
  const readme = await (await fetch(new URL('../README.md', import.meta.url))).text();
  const block = readme.match(new RegExp(`^\`\`\`\\w+ recipe=${name}\\n([\\s\\S]*?)^\`\`\`$`, 'm'));
  if (!block) throw new Error(`README.md has no block marked recipe=${name}`);
  return block[1];
}

describe("the README's plain-HTML recipe, served from this build", function () {
  this.timeout(30_000);

  let recipe: string;
  let frame: HTMLIFrameElement;
  let win: RecipeWindow;

  before(async () => {
    recipe = await readmeRecipe('cdn');
    // https://cdn.jsdelivr.net/npm/sales-elements@<version>/dist/… -> this server's /dist/…
    const local = recipe.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/sales-elements@[^/]+\//g, '/');
    frame = await openFrame(`<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><script>${collector}</script></head>
  <body>${local}</body>
</html>`);
    win = frame.contentWindow as RecipeWindow;
  });
  after(() => frame.remove());

  it('defines the elements it loads and renders what its script sets, with no error', async () => {
    const card = win.document.querySelector('sale-card')!;
    const icon = win.document.querySelector('sale-status-icon')!;
    expect(win.customElements.get('sale-card'), '<sale-card> defined').to.not.equal(undefined);
    await settled(card);
    await settled(icon);

    const title = recipe.match(/title: '([^']+)'/)![1];
    expect(deepText(card)).to.contain(title);
    expect(deepAll(icon, '[role="img"]').map((image) => image.getAttribute('aria-label'))).to.deep.equal([
      'Stalled',
    ]);
    expect(win.errors).to.deep.equal([]);
  });
});
