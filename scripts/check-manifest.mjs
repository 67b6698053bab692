// Fails when custom-elements.json no longer matches the JSDoc in src/: regenerates it into a
// temporary folder and compares. Fix with `npm run manifest` and commit the result.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// The analyzer resolves --outdir against the working directory even when it is absolute.
const outdir = join('node_modules', '.cache', 'manifest-check');
try {
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', outdir], { cwd: root, stdio: 'pipe' });
  const fresh = JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
  let committed;
  try {
    committed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  } catch {
    committed = undefined;
  }
  if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
    console.error('custom-elements.json is out of date with src/. Run `npm run manifest` and commit it.');
    process.exit(1);
  }
  const tags = fresh.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  console.log(`custom-elements.json is up to date (${tags.length} elements).`);
} finally {
  rmSync(join(root, outdir), { recursive: true, force: true });
}
