// Vitest: the "storybook" project runs every story in stories/ as a test in headless Chromium
// (render, play function, then axe via addon-a11y). Run with `npm run test:stories`. The "react"
// project renders the React wrappers (sales-elements/react) and raw tags with React 19 in the same
// browser: React is CommonJS, which Vite pre-bundles and @web/test-runner cannot load.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

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
      {
        extends: true,
        // Pre-bundled up front: found mid-run, they would make Vite reload the page under a test.
        optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react-dom/client', '@lit/react'] },
        // Lit's production build, as in the other browser tests (no dev-mode warnings in the console).
        resolve: { conditions: ['module', 'browser', 'production'] },
        test: { name: 'react', include: ['test/react/**/*.test.tsx'], browser: browser() },
      },
    ],
  },
});
