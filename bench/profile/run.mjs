// Where the cold path's time goes, from Chromium's sampling profiler (CDP Profiler domain):
//
//   node bench/profile/run.mjs cold      import the whole library and render the bench's card in one
//                                        task (bench/scenarios/sale-card-cold.ts), from one bundle
//                                        built by esbuild without minifying (tmp/bench/out/profile-index.js,
//                                        Lit's production build inlined) so that functions keep their
//                                        names and each line maps back to its source module
//   node bench/profile/run.mjs list      render <sale-list> over 100,000 sales sorted by date and
//                                        grouped by stage (the sales are generated before the clock)
//   PROFILE_RUNS=5                       profiles summed over this many fresh pages (default 3)
//
// Prints, per phase, the time by module (self), the 10 functions with the most self time and the
// 10 with the most total time, and counts from bench/profile/instrument.js (templates Lit
// prepared, style sheets built, Intl objects, elements defined). Sampling at 50 µs on a shared
// machine: read shares, not milliseconds.
// The first Intl formatter's cost on its own, way by way: bench/profile/intl.mjs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startBenchServer } from '../serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const mode = process.argv[2] ?? 'cold';
const runs = Math.max(1, Number(process.env.PROFILE_RUNS) || 3);

/** Phases per mode: each is page code run under the profiler, in order, in one fresh page. */
const MODES = {
  cold: {
    prepare: `await import('/bench/scenarios/sale-card-first-render.ts');`,
    // One task, as in the bench: the split between the phases is where renderPhaseBoundary runs.
    phases: {
      'import + first card render': `
        const { mountCard } = await import('/bench/scenarios/sale-card-first-render.ts');
        const importStart = performance.now();
        await import(globalThis.__bundleUrl);
        globalThis.__importMs = performance.now() - importStart;
        // Sampled for a few milliseconds: where the profile's import phase ends.
        (function renderPhaseBoundary() {
          const start = performance.now();
          while (performance.now() - start < 3);
        })();
        const root = document.createElement('div');
        document.body.append(root);
        await mountCard(root);
        void document.body.offsetHeight;
        (function endPhaseBoundary() {
          const start = performance.now();
          while (performance.now() - start < 3);
        })();`,
    },
  },
  list: {
    prepare: `
      await import('/src/sale-list.ts');
      const { generateSales } = await import('/stories/fixtures/sale-list.ts');
      globalThis.__sales = generateSales(100000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await new Promise((resolve) => requestIdleCallback(resolve));`,
    phases: {
      'render 100,000 sales by stage': `
        const { listWith } = await import('/bench/scenarios/sale-list-first-render.ts');
        const { rowsRendered } = await import('/bench/scenarios/sale-list-first-render.ts');
        const list = document.createElement('sale-list');
        list.style.setProperty('--sale-list-max-height', '600px');
        list.today = '2025-06-15';
        list.groupBy = 'stage';
        list.sort = { column: 'saleDate', direction: 'asc' };
        list.sales = globalThis.__sales;
        document.body.append(list);
        await rowsRendered(list);
        void document.body.offsetHeight;`,
    },
  },
};

const chosen = MODES[mode];
if (!chosen) throw new Error(`Unknown mode "${mode}": ${Object.keys(MODES).join(', ')}.`);

const BUNDLE = 'tmp/bench/out/profile-index.js';
/** For the bundle: [first line (0-based), source module] from esbuild's `// path` comments. */
let bundleModules = [];
let bundleCode = '';

/** Bundles src/index.ts for the cold profile; records where each module's code starts. */
async function buildProfileBundle() {
  await build({
    entryPoints: [`${root}src/index.ts`],
    outfile: `${root}${BUNDLE}`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'error',
  });
  // Imported from a blob: URL: the dev server would reprint it (esbuild, without the comments).
  bundleCode = readFileSync(`${root}${BUNDLE}`, 'utf8');
  bundleModules = bundleCode.split('\n').flatMap((line, index) => {
    const match = line.match(/^\/\/ ((?:src|node_modules)\/\S+\.[jt]s)$/);
    return match ? [[index, match[1]]] : [];
  });
}

/** A short name for a script position: the src/ path, or the package under node_modules. */
function moduleOf(url, line = 0) {
  if (!url) return '(native: style, layout, GC, parsing)';
  let path = url.replace(/^https?:\/\/[^/]+\//, '').replace(/\?.*$/, '');
  if (url.startsWith('blob:')) {
    let found = '(bundle)';
    for (const [start, module] of bundleModules) {
      if (start > line) break;
      found = module;
    }
    path = found;
  }
  const packaged = path.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/);
  if (packaged) return `${packaged[1]} (${packaged[2].split('/').slice(-2).join('/')})`;
  return path;
}

const frameName = (frame) =>
  `${frame.functionName || '(top level)'} ${moduleOf(frame.url, frame.lineNumber)}:${frame.lineNumber + 1}`;

/**
 * Self and total milliseconds per key and phase, from a CPU profile: samples before the first one
 * inside `renderPhaseBoundary` are "import", the rest "render" (modes without it: all "import").
 */
function attribute(profile, keyOf, byPhase) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const { samples, timeDeltas } = profile;
  /** Whether a sample's stack runs through the named function (its samples may be in what it calls). */
  const within = (id, name) => {
    for (let node = byId.get(id); node; node = byId.get(parent.get(node.id))) {
      if (node.callFrame.functionName === name) return true;
    }
    return false;
  };
  let phase = 'import';
  for (let index = 0; index < samples.length; index++) {
    const ms = (timeDeltas[index + 1] ?? 0) / 1000;
    let node = byId.get(samples[index]);
    const inBoundary = within(samples[index], 'renderPhaseBoundary');
    if (phase === 'import' && inBoundary) phase = 'boundary';
    if (phase === 'boundary' && !inBoundary) phase = 'render';
    if (phase === 'boundary') continue;
    // After the timed code: idle-time work (rehearsals) until the profiler stopped.
    if (within(samples[index], 'endPhaseBoundary')) break;
    const name = node.callFrame.functionName;
    if (name === '(idle)') continue;
    const totals = (byPhase[phase] ??= {});
    const all = (byPhase.all ??= {});
    const seen = new Set();
    let self = true;
    while (node) {
      const key = keyOf(node.callFrame);
      if (!seen.has(key) && node.callFrame.functionName !== '(root)') {
        seen.add(key);
        for (const table of [totals, all]) {
          const entry = (table[key] ??= { self: 0, total: 0 });
          entry.total += ms;
          if (self) entry.self += ms;
        }
      }
      self = false;
      node = byId.get(parent.get(node.id));
    }
  }
}

const top = (totals, field, count) =>
  Object.entries(totals)
    .sort((a, b) => b[1][field] - a[1][field])
    .slice(0, count)
    .map(([key, entry]) => `  ${(entry[field] / runs).toFixed(1).padStart(7)} ms  ${key}`)
    .join('\n');

if (mode === 'cold') await buildProfileBundle();
const { server, origin } = await startBenchServer(root);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const instrument = readFileSync(new URL('./instrument.js', import.meta.url), 'utf8');
const results = {};
try {
  // One page warms the dev server's transform cache; its profile is not counted.
  for (let run = 0; run <= runs; run++) {
    const page = await browser.newPage();
    await page.addInitScript(instrument);
    await page.goto(`${origin}/bench/index.html`);
    await page.waitForFunction(() => 'bench' in globalThis);
    await page.evaluate(`(async () => { ${chosen.prepare} })()`);
    if (bundleCode) {
      await page.evaluate((code) => {
        globalThis.__bundleUrl = URL.createObjectURL(
          new globalThis.Blob([code], { type: 'text/javascript' }),
        );
      }, bundleCode);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    for (const [phase, code] of Object.entries(chosen.phases)) {
      await page.evaluate(() => globalThis.__coldStatsReset());
      await cdp.send('Profiler.start');
      const wall = await page.evaluate(
        `(async () => { const start = performance.now(); ${code}; return performance.now() - start; })()`,
      );
      const { profile } = await cdp.send('Profiler.stop');
      const stats = await page.evaluate(() => globalThis.__coldStatsSnapshot());
      if (run === 0) continue;
      const result = (results[phase] ??= { wall: [], importMs: [], modules: {}, functions: {}, stats });
      result.wall.push(wall);
      result.importMs.push(await page.evaluate(() => globalThis.__importMs ?? 0));
      attribute(profile, (frame) => moduleOf(frame.url, frame.lineNumber), result.modules);
      attribute(profile, frameName, result.functions);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

for (const [phase, result] of Object.entries(results)) {
  const walls = result.wall.map((ms) => ms.toFixed(0)).join(', ');
  const imports = result.importMs.map((ms) => ms.toFixed(0)).join(', ');
  console.log(
    `\n# ${phase}: wall ${walls} ms (import ${imports}); profiles averaged over ${runs} fresh pages`,
  );
  for (const part of Object.keys(result.modules)) {
    const total = Object.values(result.modules[part]).reduce((sum, entry) => sum + entry.self, 0);
    console.log(`\n## ${part}: ${(total / runs).toFixed(1)} ms sampled`);
    console.log('\nBy module, self time:');
    console.log(top(result.modules[part], 'self', 15));
    console.log('\nFunctions, self time:');
    console.log(top(result.functions[part], 'self', 15));
    console.log('\nFunctions, total time (including what they call):');
    console.log(top(result.functions[part], 'total', 30));
  }
  console.log('\nCounts (last run):', JSON.stringify(result.stats));
}
