import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import config, { minifier } from '/work/main/rollup.config.js';
process.chdir('/work/main');
const b = await rollup({ ...config[0], onwarn: () => {} });
await b.write(config[0].output); await b.close();
for (const entry of process.argv.slice(2)) {
  const bundle = await rollup({ input: entry, plugins: [nodeResolve({ exportConditions: ['production'] })], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'esm', plugins: [minifier] });
  const code = output.map((c) => c.code ?? '').join('');
  if (process.env.DUMP) (await import('node:fs')).writeFileSync('/tmp/st/' + entry.replace(/\W/g, '_'), code);
  console.log(entry, (gzipSync(code, { level: 9 }).length / 1024).toFixed(3));
}
