/**
 * Type-level checks of lazy catalogues, run by `tsc --noEmit` (tsconfig.json includes test/): each
 * `@ts-expect-error` fails the type check if the line below it compiles.
 */
import { defineMessages } from '../../src/i18n/define-messages.js';
import { registerMessages } from '../../src/i18n/messages.js';
import type { SaleTabsMessageKey } from '../../src/elements/sale-tabs/sale-tabs.messages.js';

const en = { 'x.save': 'Save', 'x.cancel': 'Cancel' };

// Every key of English, loaded on demand.
export const complete = defineMessages({
  en,
  nb: () => Promise.resolve({ default: { 'x.save': 'Lagre', 'x.cancel': 'Avbryt' } }),
});

export const missingKey = defineMessages({
  en,
  // @ts-expect-error the Norwegian texts lack 'x.cancel'
  nb: () => Promise.resolve({ default: { 'x.save': 'Lagre' } }),
});

// @ts-expect-error Norwegian texts must be loaded on demand, not built in
export const builtIn = defineMessages({ en, nb: { 'x.save': 'Lagre', 'x.cancel': 'Avbryt' } });

// A `<tag>.messages.nb.ts` file checks its texts with `satisfies`: no key missing, none extra.
export const exact = { 'tabs.hasContent': 'har innhold' } satisfies Record<SaleTabsMessageKey, string>;
// @ts-expect-error a key English does not have
export const extra = { 'tabs.hasContent': 'har innhold', 'tabs.extra': '' } satisfies Record<
  SaleTabsMessageKey,
  string
>;

// Overrides still know every element's keys, lazy ones included.
export const overrides = (): void => {
  registerMessages('nb', { 'tabs.hasContent': 'har notater', 'card.untitled': 'Uten navn' });
  // @ts-expect-error a typo is not a message key
  registerMessages('nb', { 'tabs.hasContnet': 'har notater' });
};
