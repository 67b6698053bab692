// Storybook: the stories in stories/ with Docs built from custom-elements.json, a11y checks, and
// the stories run as Vitest browser tests (vitest.config.ts, project "storybook").
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    // The network is closed on CI machines: telemetry and the "what's new" feed would only wait.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  viteFinal: (config) => ({
    ...config,
    optimizeDeps: {
      ...config.optimizeDeps,
      entries: [config.optimizeDeps?.entries ?? [], 'src/**/*.ts'].flat(),
    },
  }),
};

export default config;
