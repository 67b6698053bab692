// The CDN build's parts (rollup.config.js puts them together): dist/cdn/<tag>.js per registering
// entry, with Lit and the code elements share in dist/cdn/chunks/, so a page that shows one element
// loads that element's code and a page that shows two loads the shared code once.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * The entries that register elements, by name: `src/<tag>.ts` files that call `define(`. src/index.ts
 * (everything) is left out: the one-file bundle serves that page. Reading the file, rather than
 * taking every top-level module, keeps a future non-element entry (types, wrappers) out of the CDN.
 */
export function cdnInputs(entries) {
  return Object.fromEntries(
    entries
      .filter((file) => /^src\/[\w-]+\.ts$/.test(file) && file !== 'src/index.ts')
      .filter((file) => /\bdefine\(/.test(readFileSync(file, 'utf8')))
      .map((file) => [file.slice('src/'.length, -'.ts'.length), file]),
  );
}

/**
 * Lit's core in two chunks that every element shares: `ReactiveElement` (with `css`) alone, which
 * is all `<sale-status-icon>` and `<sale-tabs>` need (they render by hand), and lit-html with
 * LitElement and the `lit` index for the elements that render templates. A page with only those
 * two elements then skips lit-html; a page with a card loads one more small file. Lit's directives
 * are left to Rollup's chunking, so only elements that use one load it.
 */
export function litChunk(id) {
  const path = id.replaceAll('\\', '/');
  if (/\/node_modules\/@lit\/reactive-element\/(reactive-element|css-tag)\.js$/.test(path))
    return 'lit-reactive';
  const templates =
    /\/node_modules\/(lit\/index|lit-html\/(lit-html|is-server)|lit-element\/lit-element)\.js$/;
  return templates.test(path) ? 'lit' : undefined;
}

/** Chunk file names: Lit's say so; the others are content hashes (Rollup names them after any module). */
export function chunkFileNames(chunk) {
  return chunk.name.startsWith('lit') ? `chunks/${chunk.name}-[hash].js` : 'chunks/[hash].js';
}

/**
 * Deletes what an earlier build left in the output folder (chunks under other hashes), once this
 * build is written: emptying it first would leave a moment without files for whoever uses them.
 */
export function pruneStaleFiles(dir) {
  return {
    name: 'prune-stale-files',
    writeBundle(_options, bundle) {
      const written = new Set(Object.keys(bundle));
      for (const file of readdirSync(dir, { recursive: true })) {
        const path = String(file).replaceAll('\\', '/');
        if (path.endsWith('.js') && !written.has(path)) rmSync(`${dir}/${path}`);
      }
    },
  };
}

const ICON_PREFIX = '\0phosphor-icon:';

/**
 * Rollup splits code into chunks module by module, and src/icons/phosphor.ts is one module with
 * every icon: a status icon would load the card's and the list's icons too. This turns each icon
 * into a module of its own, so each one goes to the chunk of the elements that draw it. The
 * generated file holds only `export function name() { return svg`…`; }` declarations.
 */
export function splitIcons() {
  const icons = new Map();
  return {
    name: 'split-icons',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/icons/phosphor.ts')) return null;
      const reexports = [];
      for (const node of this.parse(code).body) {
        if (node.type === 'ImportDeclaration') continue;
        const fn = node.type === 'ExportNamedDeclaration' ? node.declaration : undefined;
        if (fn?.type !== 'FunctionDeclaration')
          this.error(`split-icons expects only exported functions in ${id}, found ${node.type}`);
        icons.set(fn.id.name, code.slice(fn.start, fn.end));
        reexports.push(`export { ${fn.id.name} } from '${ICON_PREFIX}${fn.id.name}';`);
      }
      return { code: reexports.join('\n'), map: null };
    },
    resolveId: (id) => (id.startsWith(ICON_PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(ICON_PREFIX)) return null;
      return `import { svg } from 'lit';\nexport ${icons.get(id.slice(ICON_PREFIX.length))}\n`;
    },
  };
}

/**
 * Every file a page loads for these dist/cdn/ files (paths like `dist/cdn/chunks/x.js`): them and
 * their static imports, transitively. Used by scripts/check-size.mjs and scripts/check-package.mjs.
 */
export function cdnFilesLoaded(names) {
  const loaded = new Set();
  const visit = (file) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    const code = readFileSync(file, 'utf8');
    // Rollup writes static imports as `import{…}from"./x.js"` or `import"./x.js"`. Dynamic ones,
    // `import("./x.js")` (the card's <sale-combobox>, once it gets a `lookup`), load later, when
    // needed, and are not counted.
    for (const [, specifier] of code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g))
      visit(posix.join(posix.dirname(file), specifier));
  };
  names.forEach((name) => visit(`dist/cdn/${name}`));
  return [...loaded];
}
