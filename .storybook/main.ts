// Storybook: the stories in stories/ with Docs built from custom-elements.json, a11y checks, and
// the stories run as Vitest browser tests (vitest.config.ts, project "storybook").
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const sourceDirectory = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Storybook bundles src/ itself, and package.json's `sideEffects` names only the dist/ define
 * files. Without this, the production build tree-shakes `import '../src/sale-status-icon.js'`
 * away and the static Storybook shows undefined elements (dev and the story tests do not
 * tree-shake, so they pass).
 */
const keepSourceSideEffects: Plugin = {
  name: 'sales-elements:keep-source-side-effects',
  apply: 'build',
  transform(_code, id) {
    return id.startsWith(sourceDirectory) ? { moduleSideEffects: true } : null;
  },
};

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    // The network is closed on CI machines: telemetry and the "what's new" feed would only wait.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // Decorators need nothing here: Vite 8 (oxc) reads `experimentalDecorators` and
  // `useDefineForClassFields` from tsconfig.json (the FollowsStatusChanges story checks it).
  viteFinal: (config, { configType }) => ({
    ...config,
    plugins: [...(config.plugins ?? []), keepSourceSideEffects],
    // `storybook build --quiet` still lists every chunk and warns about Storybook's own big ones
    // (axe, the Docs blocks); keep the build log to warnings.
    ...(configType === 'PRODUCTION' && {
      logLevel: 'warn',
      build: { ...config.build, chunkSizeWarningLimit: 1024 },
    }),
    // One copy of Lit. Vite pre-bundles only what it finds from the story files, so without these
    // the renderer's `lit/directive-helpers.js` and the elements' `lit/decorators.js` load a
    // second, raw copy of lit-html / reactive-element ("Multiple versions of Lit loaded").
    optimizeDeps: {
      ...config.optimizeDeps,
      entries: [config.optimizeDeps?.entries ?? [], 'src/**/*.ts'].flat(),
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
