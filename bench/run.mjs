// `npm run bench`: times our elements against another library in headless Chromium and prints
// medians and ratios. Each scenario is a file in bench/scenarios/ (see bench/scenario.ts); each
// measurement runs in a fresh page, alternating which side goes first from round to round.
//
//   BENCH_ROUNDS=15 node bench/run.mjs       more rounds (default 11, plus one warm-up round)
//   BENCH_ONLY=tabs-mount node bench/run.mjs  only the scenario files whose name contains this
//                                            (BENCH_ONLY=memory: only the memory check)
//   CHROME_PATH=/path/to/chrome               another Chromium (default /usr/bin/chromium)
//
// Exits with 1 when a scenario is over its budget, 2 when the benchmark itself failed.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { buildLitHello } from './cold/build.mjs';
import { startBenchServer } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS) || 11);
const only = process.env.BENCH_ONLY ?? '';

/** The memory check: removed elements must not stay reachable from work queued for idle time. */
const MEMORY_CYCLES = 1000;
const MEMORY_BUDGET = 1.5;
const MEMORY_ELEMENTS = ['sale-card', 'sale-sections', 'sale-screen'];
const runMemory = only === '' || 'memory'.includes(only);

const files = readdirSync(new URL('./scenarios/', import.meta.url))
  .filter((name) => name.endsWith('.ts') && name.includes(only))
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Opens the harness page in a fresh page, runs `action` on it, and closes the page. */
async function inPage(browser, origin, action) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  try {
    await page.goto(`${origin}/bench/index.html`);
    await page.waitForFunction(() => 'bench' in globalThis);
    return await action(page);
  } catch (error) {
    throw errors[0] ?? error;
  } finally {
    await page.close();
  }
}

/** One line per scenario and metric; the budget applies to the median mount ratio. */
function printTable(rows) {
  const header = [
    'scenario',
    'metric',
    'ours: median (best) ms',
    'theirs: median (best) ms',
    'ratio',
    'budget',
    'result',
  ];
  const lines = [];
  for (const row of rows) {
    for (const metric of ['mount', 'painted']) {
      const ours = row.ours[metric];
      // A scenario without `theirs` has no comparison columns, only its absolute budget.
      const theirs = row.theirs?.[metric];
      const budgeted = metric === 'mount';
      const budgets = [
        row.budget !== undefined && theirs ? `ratio <= ${row.budget}` : '',
        row.budgetMs !== undefined ? `<= ${row.budgetMs} ms` : '',
      ].filter(Boolean);
      lines.push([
        metric === 'mount' ? row.name : '',
        metric,
        `${ours.median.toFixed(1)} (${ours.best.toFixed(1)})`,
        theirs ? `${theirs.median.toFixed(1)} (${theirs.best.toFixed(1)})` : '-',
        theirs ? (ours.median / theirs.median).toFixed(2) : '-',
        budgeted ? budgets.join(', ') : '',
        budgeted ? (row.ok ? 'ok' : 'OVER BUDGET') : '',
      ]);
    }
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const numeric = new Set([2, 3, 4]);
  const format = (line) =>
    line
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}

let server;
let browser;
async function shutdown() {
  await browser?.close().catch(() => {});
  await server?.stop().catch(() => {});
  browser = undefined;
  server = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    shutdown().finally(() => process.exit(130));
  });
}

let exitCode = 0;
try {
  if (files.length === 0 && !runMemory) throw new Error(`No scenario in bench/scenarios/ matches "${only}".`);
  // The cold-start scenarios compare the bundle with a Lit "hello" element built the same way.
  if (files.some((file) => file.includes('cold'))) await buildLitHello(root);
  const started = await startBenchServer(root);
  server = started.server;
  const { origin } = started;

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  console.log(
    `Chromium ${browser.version()}: ${rounds} rounds after 1 warm-up, each side in a fresh page, order alternating.\n` +
      'mount: until the elements rendered (updateComplete) plus style and layout. painted: until the finished\n' +
      'state (see the scenario) is painted. Medians, best run in brackets; budgets are on the median mount (a ratio to theirs, or absolute ms).\n',
  );

  const rows = [];
  for (const file of files) {
    const info = await inPage(browser, origin, (page) =>
      page.evaluate((name) => globalThis.bench.describe(name), file),
    );
    // Scenario files may share code through modules without a default export: not scenarios.
    if (!info) continue;
    const samples = { ours: [], theirs: [] };
    for (let round = 0; round <= rounds; round++) {
      // A scenario without `theirs` times ours alone against its absolute budget.
      const sides = info.theirs ? ['ours', 'theirs'] : ['ours'];
      const order = round % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const timing = await inPage(browser, origin, (page) =>
          page.evaluate(([name, which]) => globalThis.bench.measure(name, which), [file, side]),
        );
        // Round 0 warms the server's transform cache and the browser's HTTP and code caches.
        if (round > 0) samples[side].push(timing);
      }
    }
    const summary = (timings) =>
      Object.fromEntries(
        ['mount', 'painted'].map((metric) => {
          const values = timings.map((timing) => timing[metric]);
          return [metric, { median: median(values), best: Math.min(...values), values }];
        }),
      );
    const ours = { label: info.ours, ...summary(samples.ours) };
    const theirs = info.theirs ? { label: info.theirs, ...summary(samples.theirs) } : undefined;
    const ok =
      (info.budget === undefined || !theirs || ours.mount.median / theirs.mount.median <= info.budget) &&
      (info.budgetMs === undefined || ours.mount.median <= info.budgetMs);
    rows.push({ name: info.name, budget: info.budget, budgetMs: info.budgetMs, ours, theirs, ok });
  }

  if (rows.length > 0) printTable(rows);
  const list = (values) => values.map((value) => value.toFixed(0)).join(' ');
  for (const row of rows) {
    const against = row.theirs ? `, theirs ${row.theirs.label}` : ' (alone)';
    console.log(`\n${row.name}: ours is ${row.ours.label}${against}; every sample in ms:`);
    for (const metric of ['mount', 'painted']) {
      const theirs = row.theirs ? `  theirs [${list(row.theirs[metric].values)}]` : '';
      console.log(`  ${metric.padEnd(7)} ours [${list(row.ours[metric].values)}]${theirs}`);
    }
  }
  if (runMemory) {
    console.log(
      `\nMemory: ${MEMORY_CYCLES} mount and remove cycles with no idle time between them, then a full` +
        `\ncollection before the page is idle. Heap is V8's used heap; budget: at most ${MEMORY_BUDGET} x the baseline.`,
    );
    for (const element of MEMORY_ELEMENTS) {
      const result = await inPage(browser, origin, (page) =>
        page.evaluate(
          ([name, cycles]) => globalThis.bench.mountAndRemove(name, cycles),
          [element, MEMORY_CYCLES],
        ),
      );
      const ratio = result.after / result.baseline;
      // The count is exact since bench/memory.ts collects in a task of its own and counts with a
      // FinalizationRegistry rather than WeakRefs: any kept instance is a leak.
      const ok = ratio <= MEMORY_BUDGET && result.reachable === 0;
      const mb = (bytes) => (bytes / 1e6).toFixed(1);
      console.log(
        `  ${element.padEnd(14)} heap ${mb(result.baseline)} -> ${mb(result.after)} MB, ratio ${ratio.toFixed(2)}` +
          ` (<= ${MEMORY_BUDGET}); removed instances still reachable: ${result.reachable} of ${result.cycles} (0)` +
          `${result.reachable ? ` (cycles ${result.reachableAt.slice(0, 10).join(', ')})` : ''}: ${ok ? 'ok' : 'OVER BUDGET'}`,
      );
      if (!ok) rows.push({ name: `memory ${element}`, ok: false });
    }
  }
  const over = rows.filter((row) => !row.ok);
  if (over.length > 0) {
    console.error(`\n${over.length} scenario(s) over budget: ${over.map((row) => row.name).join(', ')}.`);
    exitCode = 1;
  }
} catch (error) {
  console.error('The benchmark failed:', error);
  exitCode = 2;
} finally {
  await shutdown();
}
process.exit(exitCode);
