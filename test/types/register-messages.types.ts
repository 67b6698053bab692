/**
 * Type-level checks of `registerMessages`, run by `tsc --noEmit` (tsconfig.json includes test/):
 * each `@ts-expect-error` fails the type check if the line below it compiles.
 */
import { registerMessages } from '../../src/index.js';

// Shared keys (en.ts) and every element's own keys are accepted.
export const knownKeys = (): void => {
  registerMessages('nb', { 'status.stalled': 'På vent' });
  registerMessages('en', { overdue: 'Late', 'card.untitled': 'Unnamed deal' });
  registerMessages('en', { 'combobox.label': 'Find' });
};

export const unknownKeys = (): void => {
  // @ts-expect-error a typo is not a message key
  registerMessages('en', { 'status.opne': 'Open' });
  // @ts-expect-error a message is text
  registerMessages('en', { 'status.open': 42 });
  // @ts-expect-error only shipped languages
  registerMessages('de', { 'status.open': 'Offen' });
};
