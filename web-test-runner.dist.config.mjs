// `npm run test:dist`, after the build: the minified bundle against the source (test-dist/).
import base from './web-test-runner.config.mjs';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';

export default {
  ...base,
  files: ['test-dist/**/*.test.ts'],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countsReporter('reports/wtr-dist.json'),
  ],
};
