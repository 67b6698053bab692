// What the first Intl formatter of a page costs, and whether any way of formatting a date avoids it:
//
//   node bench/profile/intl.mjs        each case in its own fresh page (a fresh renderer process,
//                                      as in the cold bench), cases interleaved, INTL_RUNS pages each
//   INTL_RUNS=21                       pages per case (default 11)
//
// A case is a list of steps run in one task; each step is timed on its own, so "NumberFormat, then
// DateTimeFormat" shows what the date adds once the page's first formatter has been built. The
// sale card's first render builds one DateTimeFormat and a few NumberFormats (src/model/format.ts),
// so the total of a case is what the cold path pays for Intl. Read medians against bests on a
// shared machine, and compare cases only within one run.
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const runs = Math.max(1, Number(process.env.INTL_RUNS) || 11);

const day = 'new Date(Date.UTC(2025, 5, 30))';
const money = (options = '') =>
  `new Intl.NumberFormat('en', { ${options}signDisplay: 'negative', style: 'currency', currency: 'NOK',` +
  ` currencyDisplay: 'code', maximumFractionDigits: 0 }).format(480001)`;
const date = (options, call = 'format') => `new Intl.DateTimeFormat('en', ${options}).${call}(${day})`;
const STYLE_UTC = `{ dateStyle: 'medium', timeZone: 'UTC' }`;
const wait40 = '(() => { const start = performance.now(); while (performance.now() - start < 40); })()';
const workerFirst = `(globalThis.warm = new Worker(URL.createObjectURL(new Blob([${JSON.stringify(
  "new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(0); postMessage(1);",
)}]))), ${wait40})`;
const FIELDS_UTC = `{ year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }`;

/** Each case: its steps, in order, as JavaScript expressions. */
const CASES = {
  'DateTimeFormat dateStyle, UTC (format.ts today)': [date(STYLE_UTC)],
  'DateTimeFormat constructed only': [`new Intl.DateTimeFormat('en', ${STYLE_UTC})`],
  'DateTimeFormat dateStyle, default time zone': [date(`{ dateStyle: 'medium' }`)],
  'DateTimeFormat dateStyle, +00:00': [date(`{ dateStyle: 'medium', timeZone: '+00:00' }`)],
  'DateTimeFormat fields, UTC': [date(FIELDS_UTC)],
  'DateTimeFormat fields, default time zone': [date(`{ year: 'numeric', month: 'short', day: 'numeric' }`)],
  'DateTimeFormat formatToParts': [date(STYLE_UTC, 'formatToParts')],
  'DateTimeFormat localeMatcher lookup': [
    date(`{ localeMatcher: 'lookup', dateStyle: 'medium', timeZone: 'UTC' }`),
  ],
  'toLocaleDateString dateStyle, UTC': [`${day}.toLocaleDateString('en', ${STYLE_UTC})`],
  'default time zone (resolvedOptions)': [`new Intl.DateTimeFormat().resolvedOptions().timeZone`],
  'NumberFormat (money) alone': [money()],
  'NumberFormat localeMatcher lookup': [money(`localeMatcher: 'lookup', `)],
  'NumberFormat, then DateTimeFormat dateStyle': [money(), date(STYLE_UTC)],
  'NumberFormat, then DateTimeFormat fields': [money(), date(FIELDS_UTC)],
  'DateTimeFormat, then NumberFormat (card order)': [date(STYLE_UTC), money()],
  'PluralRules, then NumberFormat': [`new Intl.PluralRules('en').select(1)`, money()],
  // Does a worker that builds the same formatter first warm it for the page (ICU's caches are
  // per process)? The first step starts the worker and waits 40 ms, about what importing the
  // library takes, so the worker has built its formatter by the second step.
  'worker built one 40 ms before, then DateTimeFormat': [workerFirst, date(STYLE_UTC)],
  'wait 40 ms, then DateTimeFormat (the same without the worker)': [wait40, date(STYLE_UTC)],
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
try {
  for (let run = 0; run < runs; run++) {
    for (const [name, steps] of Object.entries(CASES)) {
      const page = await browser.newPage();
      try {
        await page.goto('data:text/html,<!doctype html><title>intl</title>');
        const timed = steps.map((step) => `marks.push(performance.now()); kept.push(${step});`).join('\n');
        const script = `(() => { const marks = [], kept = []; ${timed}
          marks.push(performance.now()); globalThis.kept = kept;
          return marks.slice(1).map((mark, index) => mark - marks[index]); })()`;
        samples[name].push(await page.evaluate(script));
      } finally {
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}

console.log(
  `Chromium ${chromiumPath}: each case in ${runs} fresh pages; ms, median (best). Steps after the first: what they add.\n`,
);
const width = Math.max(...Object.keys(CASES).map((name) => name.length));
for (const [name, steps] of Object.entries(CASES)) {
  const totals = samples[name].map((times) => times.reduce((sum, time) => sum + time, 0));
  const perStep = steps.map((_, index) => median(samples[name].map((times) => times[index])).toFixed(1));
  const total = `${median(totals).toFixed(1).padStart(5)} (${Math.min(...totals)
    .toFixed(1)
    .padStart(4)})`;
  console.log(`${name.padEnd(width)}  ${total}${steps.length > 1 ? `   steps ${perStep.join(' + ')}` : ''}`);
}
