// Runs before `npm start` and `npm test`: installs dependencies on a fresh clone and says plainly
// what to do when no Chromium is found, instead of failing later with a launcher stack trace.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

if (!existsSync(`${root}node_modules/.package-lock.json`)) {
  console.log('sales-elements: node_modules is missing, running `npm ci` first…');
  execSync('npm ci', { cwd: root, stdio: 'inherit' });
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
