// Which modules an entry's bytes come from: `node bench/profile/bytes.mjs dist/sale-card.js`
// (after `npm run build`). Bundles the entry as scripts/check-size.mjs does (Lit inlined,
// production build), then minifies and gzips each module's share alone: the shares do not add up
// to the bundle's min+gzip (gzip finds repeats across modules), but they rank the modules.
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { initialChunks } from '../../scripts/initial-chunks.mjs';

const entry = process.argv[2] ?? 'dist/sale-card.js';
const bundle = await rollup({
  input: entry,
  plugins: [nodeResolve({ exportConditions: ['production'] })],
  onwarn: () => {},
});
const { output } = await bundle.generate({ format: 'esm' });
await bundle.close();
const rows = [];
// Chunks reached only by `import()` (such as <sale-combobox> for the card) are listed apart under "lazy/".
const { chunks, initial } = initialChunks(output);
const modules = [...chunks.values()].flatMap((chunk) =>
  Object.entries(chunk.modules).map(([id, module]) => [
    initial.has(chunk.fileName) ? id : `lazy/${id}`,
    module,
  ]),
);
for (const [id, module] of modules) {
  if (!module.code) continue;
  // A module alone exports nothing: keep its unreferenced top level, which the bundle uses.
  const { code } = await minify(module.code, { compress: { unused: false }, mangle: { toplevel: false } });
  const name = id.replace(/^(lazy\/)?.*?\/(dist|node_modules)\//, '$1$2/');
  rows.push({ name, min: code.length, gzip: gzipSync(code, { level: 9 }).length });
}
const group = (name) =>
  name.startsWith('node_modules/')
    ? name
        .split('/')
        .slice(1, name.split('/')[1].startsWith('@') ? 3 : 2)
        .join('/')
    : name.split('/').slice(0, -1).join('/');
const groups = new Map();
for (const row of rows) {
  const key = group(row.name);
  const sum = groups.get(key) ?? { min: 0, gzip: 0, modules: 0 };
  groups.set(key, { min: sum.min + row.min, gzip: sum.gzip + row.gzip, modules: sum.modules + 1 });
}
const kb = (bytes) => (bytes / 1024).toFixed(2).padStart(6);
console.log(`${entry}: by folder (min kB, gzip kB alone, modules)`);
for (const [key, sum] of [...groups].sort((a, b) => b[1].gzip - a[1].gzip))
  console.log(`  ${kb(sum.min)} ${kb(sum.gzip)} ${String(sum.modules).padStart(3)}  ${key}`);
console.log('\nThe largest modules (min kB, gzip kB alone):');
for (const row of rows.sort((a, b) => b.gzip - a.gzip).slice(0, Number(process.env.TOP ?? 15)))
  console.log(`  ${kb(row.min)} ${kb(row.gzip)}  ${row.name}`);
