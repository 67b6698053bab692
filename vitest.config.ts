// Vitest: the "storybook" project runs every story in stories/ as a test in headless Chromium
// (render, play function, then axe via addon-a11y). Run with `npm run test:stories`. The "react"
// project renders the React wrappers (sales-elements/react) and raw tags with React 19 in the same
// browser: React is CommonJS, which Vite pre-bundles and @web/test-runner cannot load. The
// "react18" project runs the same files with React 18 (`npm run test:react` runs both).
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** Headless system Chromium; one per project. */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      // Browsers cannot be downloaded here: use the system Chromium (Debian's package).
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

/** The exact `react` version a package.json pins (test/react/version.test.tsx expects it loaded). */
const pinnedReact = (packageJson: string): string => {
  const { dependencies, devDependencies } = JSON.parse(readFileSync(packageJson, 'utf8'));
  return dependencies?.react ?? devDependencies.react;
};

/**
 * React 18 cannot be installed beside the root's React 19, so test/react18/ is a small npm project
 * of its own (installed by scripts/ensure-setup.mjs); its react and react-dom replace the root's
 * for every import of the "react18" project, the wrappers' and @lit/react's included.
 */
const react18 = fileURLToPath(new URL('test/react18/', import.meta.url));

/** A project that renders test/react/ with the React that `react` resolves to. */
const reactProject = (
  name: string,
  expectedReactVersion: string,
  alias: Record<string, string> = {},
): TestProjectInlineConfiguration => ({
  extends: true,
  // Vite's pre-bundle cache is keyed by the root's lockfile, not test/react18's: one per React
  // version, so that a new pin is bundled afresh.
  cacheDir: `node_modules/.vite/react-${expectedReactVersion}`,
  // Pre-bundled up front: found mid-run, they would make Vite reload the page under a test.
  optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', '@lit/react'] },
  // Lit's production build, as in the other browser tests (no dev-mode warnings in the console).
  resolve: { conditions: ['module', 'browser', 'production'], alias },
  test: {
    name,
    include: ['test/react/**/*.test.tsx'],
    provide: { expectedReactVersion },
    browser: browser(),
  },
});

export default defineConfig({
  test: {
    // reports/vitest.json feeds the CI summary line (numPassedTests / numFailedTests); `npm run
    // test:react` writes reports/vitest-react.json instead (--outputFile.json).
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: { name: 'storybook', browser: browser() },
      },
      reactProject('react', pinnedReact('package.json')),
      // 'react' also stands for 'react/jsx-runtime', 'react-dom' for 'react-dom/client'.
      reactProject('react18', pinnedReact(`${react18}package.json`), {
        react: `${react18}node_modules/react`,
        'react-dom': `${react18}node_modules/react-dom`,
      }),
    ],
  },
});
