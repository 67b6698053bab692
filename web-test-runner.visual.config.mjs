// The visual regression gate (issue 19): screenshots of the key stories, light and dark, at 390 and
// 1280 px, against the baselines in test/visual/baseline/. `npm run test:visual` compares,
// `npm run test:visual:update` rewrites the baselines (commit them with the change that moved them).
// A failed comparison writes the new screenshot and a diff image to reports/visual/ (git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { chromiumArgs, chromiumPath as executablePath, fullSpeedArgs } from './scripts/chromium.mjs';

const update = process.argv.includes('--update-visual-baseline');

/**
 * The Chromium that made the baselines, recorded beside them. Two runs of one Chromium give
 * byte-identical screenshots, so the gate is strict; another Chromium version (a fresh CI machine
 * that installs Debian's newest) may draw text a few pixels differently. Then the gate compares
 * at a tolerance that still fails a moved, resized or recoloured element (0.2 % of a screenshot's
 * pixels, and any change of its size) and says plainly how to refresh the baselines.
 */
const BROWSER_FILE = 'test/visual/baseline/browser.txt';
const browserVersion = execFileSync(executablePath, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
if (update) writeFileSync(BROWSER_FILE, `${browserVersion}\n`);
const baselineBrowser = existsSync(BROWSER_FILE) ? readFileSync(BROWSER_FILE, 'utf8').trim() : '';
const sameBrowser = update || baselineBrowser === browserVersion;
if (!sameBrowser) {
  console.warn(
    `visual gate: the baselines were made with "${baselineBrowser || 'an unknown browser'}", this is ` +
      `"${browserVersion}": comparing at 0.2 % per screenshot instead of 10 pixels. ` +
      'Run `npm run test:visual:update` on purpose to make baselines with this browser.',
  );
}

/** The stories' play functions use storybook/test, which does not load outside Vite; the gate never runs them. */
function storybookTestStub() {
  return {
    name: 'storybook-test-stub',
    resolveImport({ source }) {
      if (source === 'storybook/test') return '/test/visual/support/storybook-test-stub.ts';
      return undefined;
    },
  };
}

export default {
  files: ['test/visual/**/*.visual.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a second page is a hidden tab, where requestAnimationFrame never fires.
  concurrency: 1,
  testFramework: { config: { timeout: 30_000 } },
  testsFinishTimeout: 600_000,
  plugins: [
    storybookTestStub(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    visualRegressionPlugin({
      update,
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baseline/${name}`,
      getFailedName: ({ name }) => resolve('reports/visual', name),
      getDiffName: ({ name }) => resolve('reports/visual', `${name}-diff`),
      // Per pixel: a colour distance above 0.02 (of pixelmatch's 0-1 scale) counts as changed, and
      // anti-aliased edge pixels are left out (includeAA: false). 0.05 or pixelmatch's default 0.1
      // would miss a status badge moving from one red token to the other (#c62828 -> #b3261e).
      diffOptions: { threshold: 0.02, includeAA: false },
      // Per screenshot: more than 10 changed pixels fail. A 1 px shift of a button changes hundreds;
      // two runs on the same Chromium give byte-identical screenshots (README "Tests").
      failureThresholdType: sameBrowser ? 'pixel' : 'percent',
      failureThreshold: sameBrowser ? 10 : 0.2,
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...chromiumArgs,
          ...fullSpeedArgs,
          // The same pixels on every machine: no font hinting from the host's fontconfig, sRGB
          // whatever the display, and Skia's portable code paths instead of CPU-specific ones.
          '--font-render-hinting=none',
          '--force-color-profile=srgb',
          '--disable-skia-runtime-opts',
        ],
      },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countsReporter('reports/wtr-visual.json'),
  ],
};
