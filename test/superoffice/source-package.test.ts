/**
 * `sales-elements/superoffice` is host-side: its import graph (from src/superoffice/index.ts) holds
 * no Lit, no element and nothing else from outside the package, so a Node server or a worker can
 * import it without a DOM.
 */
import { expect } from '@open-wc/testing';

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

async function importGraph(entry: URL): Promise<{ modules: string[]; bare: string[] }> {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url.pathname)) continue;
    seen.add(url.pathname);
    const response = await fetch(url);
    expect(response.ok, url.pathname).to.equal(true);
    const source = await response.text();
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.')) queue.push(new URL(specifier.replace(/\.js$/u, '.ts'), url));
      else bare.add(specifier);
    }
  }
  return { modules: [...seen], bare: [...bare] };
}

describe('sales-elements/superoffice: import graph', () => {
  it('imports no Lit, no element and no package from outside', async () => {
    const { modules, bare } = await importGraph(new URL('../../src/superoffice/index.ts', import.meta.url));
    expect(modules.length).to.be.above(5);
    expect(bare).to.deep.equal([]);
    const outside = modules.filter((path) =>
      /\/src\/(elements|controllers|i18n|styles|icons|grid|prepare)\//u.test(path),
    );
    expect(outside).to.deep.equal([]);
  });
});
