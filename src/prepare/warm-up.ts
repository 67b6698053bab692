/**
 * Loads the browser's locale data before the first element needs it, in idle time: a host usually
 * waits for its data after loading the library, so the first render then skips work that Chromium
 * does once per page. Importing an element schedules what its first render needs, once per page.
 */
import { warmUpFormatters } from '../model/format.js';
import { collatorFor } from '../model/sort.js';
import { whenIdle } from './idle.js';
import { intlLocaleOf } from '../i18n/locale-controller.js';

const scheduled = new Set<string>();

/** Runs `run` when the page is idle, once per page for each kind of `work`. */
function onceWhenIdle(work: string, run: () => void): void {
  if (scheduled.has(work) || typeof document === 'undefined') return;
  scheduled.add(work);
  whenIdle(run);
}

/** The Intl locale of the page's language, the one the elements' LocaleController gives them. */
const pageLocale = () => intlLocaleOf(document.documentElement.lang);

/**
 * The first Intl number or date formatter of a page costs tens of milliseconds in Chromium (it
 * loads the locale data); this builds the page language's formatters (see `warmUpFormatters`).
 */
export function warmUpFormattingWhenIdle(): void {
  onceWhenIdle('formatters', () => warmUpFormatters(pageLocale()));
}

/**
 * The first Intl.Collator of a page costs tens of milliseconds in Chromium (collation data), which the sales
 * list pays to order its groups and sort text; this builds the page language's cached collator.
 */
export function warmUpCollationWhenIdle(): void {
  onceWhenIdle('collator', () => collatorFor(pageLocale()).compare('a', 'b'));
}
