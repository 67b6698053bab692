// `npm run build`: dist/ holds one ESM module per source module with type declarations (Lit stays
// an import, so an app bundles it once), plus dist/sales-elements.min.js with Lit inlined for a
// plain <script type="module">.
import { readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** The registering entries: src/index.ts, one src/<tag>.ts per element, and the model. */
const entries = [
  ...readdirSync('src')
    .filter((file) => file.endsWith('.ts') && file !== 'define.ts')
    .map((file) => `src/${file}`),
  'src/model/index.ts',
];

/** Runtime dependencies stay imports in the per-module build: Lit, and tslib for decorator helpers. */
const isDependency = (id) =>
  /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/[\w-]+|tslib)(\/|$)/.test(id);

export const minifier = terser({
  module: true,
  ecma: 2022,
  compress: { passes: 2 },
  format: { comments: false },
});

export default [
  {
    input: entries,
    external: isDependency,
    plugins: [typescript({ tsconfig: 'tsconfig.build.json', outDir: 'dist', declaration: true })],
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
      minifier,
    ],
    output: { file: 'dist/sales-elements.min.js', format: 'esm' },
  },
];
