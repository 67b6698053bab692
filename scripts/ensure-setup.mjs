// Runs before `npm start` and `npm test`: installs dependencies on a fresh clone and says plainly
// what to do when no Chromium is found, instead of failing later with a launcher stack trace.
// `--react18` (before `npm test` and `npm run test:react`) also installs test/react18/, the React 18
// that the vitest project "react18" renders test/react/ with, when it is missing or not as locked.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

if (!existsSync(`${root}node_modules/.package-lock.json`)) {
  console.log('sales-elements: node_modules is missing, running `npm ci` first…');
  execSync('npm ci', { cwd: root, stdio: 'inherit' });
}

/** Whether `dir`'s node_modules holds every package at the version its package-lock.json pins. */
function installedAsLocked(dir) {
  const installed = `${dir}node_modules/.package-lock.json`;
  if (!existsSync(installed)) return false;
  const have = JSON.parse(readFileSync(installed, 'utf8')).packages;
  const want = JSON.parse(readFileSync(`${dir}package-lock.json`, 'utf8')).packages;
  return Object.entries(want).every(([path, { version }]) => path === '' || have[path]?.version === version);
}

const react18 = `${root}test/react18/`;
if (process.argv.includes('--react18') && !installedAsLocked(react18)) {
  console.log(
    'sales-elements: test/react18 (React 18 for the React tests) is missing or not as locked: running `npm ci` in test/react18…',
  );
  try {
    execSync('npm ci --no-audit --no-fund', { cwd: react18, stdio: 'inherit' });
  } catch {
    console.error('sales-elements: `npm ci` in test/react18 failed (it needs the npm registry); see above.');
    process.exit(1);
  }
}

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (process.argv.includes('--browser') && !existsSync(chrome)) {
  console.error(`
sales-elements: no Chromium found at ${chrome}.
The tests and the benchmark run in a real headless Chromium. Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  elsewhere:      set CHROME_PATH to a Chrome or Chromium binary, e.g.
                  CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test
`);
  process.exit(1);
}
