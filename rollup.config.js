// `npm run build`: dist/ holds one ESM module per source module with type declarations (Lit stays
// an import, so an app bundles it once), plus dist/sales-elements.min.js with Lit inlined for a
// plain <script type="module">, plus dist/cdn/<tag>.js: per-element files for the same pages, which
// share Lit and common code through dist/cdn/chunks/.
import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { cdnInputs, chunkFileNames, litChunk, pruneStaleFiles, splitIcons } from './scripts/rollup-cdn.mjs';

/** The registering entries: src/index.ts, one src/<tag>.ts per element, and the model. */
const entries = [
  ...readdirSync('src')
    .filter((file) => file.endsWith('.ts') && file !== 'define.ts')
    .map((file) => `src/${file}`),
  'src/model/index.ts',
  'src/superoffice/index.ts',
  'src/react/index.ts',
];

/** Runtime dependencies stay imports in the per-module build: Lit and its first-party packages, React for the wrappers. */
const isDependency = (id) =>
  /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/react|react)(\/|$)/.test(id);

/**
 * Terser leaves template text alone, so the CSS and markup in our own `css` and `html` tagged
 * templates would ship with their indentation and comments. This shrinks them in src/ modules only
 * (Lit and other packages are left as published). CSS: comments go, whitespace runs become one
 * space and disappear around `{ } ; , :` (never before `:`, where `a :hover` differs from
 * `a:hover`), `;}` becomes `}`; quoted strings are copied as they are, except an attribute
 * selector's value that is an identifier, which loses its quotes (`[part~=tab]`). HTML: a
 * whitespace run that holds a line break becomes one line break, which renders the same under
 * `white-space: normal` and `pre-line`; runs without a line break, and so any meaningful spacing,
 * are kept.
 */
export function minifyTemplates() {
  const source = `${process.cwd()}/src/`.replaceAll('\\', '/');
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').startsWith(source) || !/\b(css|html)\s*`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
          const minify = { css: minifyCss, html: minifyHtml }[node.tag.name];
          const { quasis } = node.quasi;
          if (minify) {
            quasis.forEach((quasi, index) => {
              const raw = code.slice(quasi.start, quasi.end);
              const text = minify(raw, index === 0, index === quasis.length - 1);
              if (text !== raw) edits.push([quasi.start, quasi.end, text]);
            });
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

/** Raw CSS text of one template chunk; `first`/`last` say whether it starts/ends the template. */
function minifyCss(raw, first, last) {
  let out = '';
  let space = false;
  for (let index = 0; index < raw.length;) {
    const char = raw[index];
    if (/\s/.test(char) || raw.startsWith('/*', index)) {
      if (char === '/') {
        const close = raw.indexOf('*/', index + 2);
        index = close < 0 ? raw.length : close + 2;
      } else index += 1;
      space = true;
      continue;
    }
    let token = char;
    if (char === '\\') token = raw.slice(index, index + 2);
    else if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < raw.length && raw[end] !== char) end += raw[end] === '\\' ? 2 : 1;
      token = raw.slice(index, end + 1);
    }
    index += token.length;
    if (out.endsWith('=') && /^(["'])-?[a-z_][\w-]*\1$/i.test(token)) token = token.slice(1, -1);
    if (space && out && !'{};,:'.includes(out.at(-1)) && !'{};,'.includes(char)) out += ' ';
    else if (space && !out && !first) out += ' ';
    if (char === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += token;
    space = false;
  }
  // Whitespace next to an interpolated `${…}` may separate it from a selector: keep one space.
  if (space && !last && !(first && !out) && !(out && '{};,:'.includes(out.at(-1)))) out += ' ';
  return out;
}

/** Raw HTML text of one template chunk: only whitespace runs that contain a line break change. */
function minifyHtml(raw) {
  return raw.replace(/[ \t]*(?:\r?\n[ \t]*)+/g, '\n');
}

const terserOptions = { module: true, ecma: 2022, compress: { passes: 2 } };

/** Minifies without any comments: scripts/check-size.mjs measures entries the way an app bundles them. */
export const minifier = terser({ ...terserOptions, format: { comments: false } });

/**
 * The one-file bundle inlines Lit, whose BSD-3-Clause licence requires its notice to travel with
 * the code: keep `@license` and `@preserve` comments (Lit's `Copyright … SPDX-License-Identifier`).
 */
const bundleMinifier = terser({
  ...terserOptions,
  format: { comments: /@license|@preserve/ },
});

/**
 * Each element's Norwegian texts (`<tag>.messages.nb.ts`) in a chunk of its own, named after it:
 * they load on demand, and merging them into a shared chunk (see `experimentalMinChunkSize` below)
 * would ship them to every English page.
 */
function lazyMessagesChunk(id) {
  return /([\w-]+\.messages\.nb)\.ts$/.exec(id)?.[1];
}

/** Travels with each dist/cdn/<tag>.js, which a page may load without the rest of the package. */
const CDN_NOTICE =
  '/** @license sales-elements (MIT). Icons: Phosphor (MIT). Lit: BSD-3-Clause. See LICENSE and THIRD_PARTY_NOTICES.md in the npm package. */';

export default [
  {
    input: entries,
    external: isDependency,
    plugins: [
      typescript({ tsconfig: 'tsconfig.build.json', outDir: 'dist', declaration: true }),
      minifyTemplates(),
    ],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
  },
  {
    input: 'src/index.ts',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: 'tsconfig.build.json', outDir: 'dist', declaration: false }),
      minifyTemplates(),
      bundleMinifier,
    ],
    // One file: each element's Norwegian texts, a lazy chunk elsewhere, are inlined (their `import()`
    // then resolves at once), so a page that names this file needs no other.
    output: { file: 'dist/sales-elements.min.js', format: 'esm', inlineDynamicImports: true },
  },
  {
    // dist/cdn/<tag>.js for a page that loads one or two elements from a CDN. Each is its entry's
    // registering code; what two entries share (Lit, tokens, the status icon, …) is in
    // dist/cdn/chunks/, loaded once per page. Chunks under 2 kB are merged into others: fewer
    // requests for a few bytes an element may not need (see scripts/check-size.mjs for the figures).
    input: cdnInputs(entries),
    plugins: [
      splitIcons(),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: 'tsconfig.build.json', outDir: 'dist/cdn', declaration: false }),
      minifyTemplates(),
      bundleMinifier,
      pruneStaleFiles('dist/cdn'),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      manualChunks: (id) => lazyMessagesChunk(id) ?? litChunk(id),
      chunkFileNames: (chunk) =>
        chunk.name.endsWith('.messages.nb') ? 'chunks/[name]-[hash].js' : chunkFileNames(chunk),
      experimentalMinChunkSize: 2000,
      // Our notice, kept by the minifier like Lit's, on the file a page names.
      banner: (chunk) => (chunk.isEntry ? CDN_NOTICE : ''),
    },
  },
];
