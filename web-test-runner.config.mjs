// Behaviour and model tests in headless Debian Chromium (see README "Tests").
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors-plugin.mjs';
import { chromiumArgs, chromiumPath as executablePath, fullSpeedArgs } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  // The production condition keeps Lit's dev-mode banner out of every test log.
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: in new headless Chromium a second page is a hidden tab, where
  // requestAnimationFrame never fires and fixtures wait forever.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  // The fuzz files run thousands of renders each.
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...chromiumArgs, ...fullSpeedArgs],
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/icons/phosphor.ts'],
    threshold: { statements: 90, branches: 85, functions: 90, lines: 90 },
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter('reports/wtr.json')],
};
