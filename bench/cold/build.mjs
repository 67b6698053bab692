// Builds the cold-start baseline (bench/cold/lit-hello.js) the way dist/sales-elements.min.js is
// built: Lit's production build inlined, minified by the same terser options. Run by bench/run.mjs
// before any scenario whose file name has "cold" in it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minifier } from '../../rollup.config.js';

export const LIT_HELLO_BUNDLE = 'tmp/bench/out/lit-hello.min.js';

/** Writes tmp/bench/out/lit-hello.min.js, relative to the repository root `root`. */
export async function buildLitHello(root) {
  const bundle = await rollup({
    input: fileURLToPath(new URL('./lit-hello.js', import.meta.url)),
    plugins: [nodeResolve({ exportConditions: ['production'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'esm', plugins: [minifier] });
  await bundle.close();
  mkdirSync(`${root}tmp/bench/out`, { recursive: true });
  writeFileSync(`${root}${LIT_HELLO_BUNDLE}`, output[0].code);
}
