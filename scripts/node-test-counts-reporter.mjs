// @ts-check
// A reporter for Node's built-in test runner (`node --test --test-reporter=./scripts/…`) that writes
// how many tests passed, failed and were skipped to reports/server.json, so that
// scripts/test-summary.mjs can add them to its one "N passed, N failed" line. It prints nothing;
// run it beside the spec reporter.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const FILE = process.env.NODE_TEST_COUNTS_FILE ?? 'reports/server.json';

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* countsReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const suite = data.details?.type === 'suite';
    if (type === 'test:pass') {
      if (suite) continue;
      if (data.skip || data.todo) totals.skipped += 1;
      else totals.passed += 1;
    } else if (!suite || data.details?.error?.failureType !== 'subtestsFailed') {
      // A suite that failed only because a test in it failed is not counted twice; a file that
      // fails to load, or a suite whose hook threw, counts as a failure.
      totals.failed += 1;
    }
  }
  mkdirSync(dirname(FILE), { recursive: true });
  writeFileSync(FILE, JSON.stringify(totals));
  yield '';
}
