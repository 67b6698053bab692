// Prints one plain "N passed, N failed" line for every test run together (the browser tests of
// @web/test-runner, from src/, the visual gate and against the built bundle, the story and React
// tests of Vitest — reports/vitest-react.json holds both React projects, 19 and 18 — and the demo
// backend's tests of Node's runner), read from the reports their runs wrote.
import { existsSync, readFileSync } from 'node:fs';

const runs = [
  { file: 'reports/wtr.json', read: (r) => [r.passed, r.failed, r.skipped] },
  { file: 'reports/wtr-dist.json', read: (r) => [r.passed, r.failed, r.skipped] },
  { file: 'reports/wtr-visual.json', read: (r) => [r.passed, r.failed, r.skipped] },
  { file: 'reports/server.json', read: (r) => [r.passed, r.failed, r.skipped] },
  {
    file: 'reports/vitest.json',
    read: (r) => [r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests],
  },
  {
    file: 'reports/vitest-react.json',
    read: (r) => [r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests],
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const { file, read } of runs) {
  if (!existsSync(file)) {
    console.log(`(${file} is missing: that test run did not finish)`);
    failed += 1;
    continue;
  }
  const [p, f, s] = read(JSON.parse(readFileSync(file, 'utf8')));
  passed += p;
  failed += f;
  skipped += s || 0;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
