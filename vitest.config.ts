// Vitest: the "storybook" project runs every story in stories/ as a test in headless Chromium
// (render, play function, then axe via addon-a11y). Run with `npm run test:stories`.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // reports/vitest.json feeds the CI summary line (numPassedTests / numFailedTests).
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: {
          name: 'storybook',
          browser: {
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
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
