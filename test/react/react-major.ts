/** The major version of the React under test, for tests whose behaviour differs between 18 and 19. */
import { version } from 'react';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The exact `react` version the project's package.json pins (vitest.config.ts `provide`). */
    expectedReactVersion: string;
  }
}

export const reactMajor = Number(version.split('.')[0]);
