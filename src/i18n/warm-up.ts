/**
 * Loads the browser's locale data before the first element needs it, in idle time: a host usually
 * waits for its data after loading the library, so the first render then skips work that Chromium
 * does once per page. Importing an element schedules what its first render needs, once per page.
 */
import { warmUpFormatters } from '../model/format.js';
import { collatorFor } from '../model/sort.js';
import { languageOf } from './messages.js';

const scheduled = new Set<string>();

function whenIdle(work: string, run: () => void): void {
  if (scheduled.has(work) || typeof document === 'undefined') return;
  scheduled.add(work);
  // Safari has no requestIdleCallback; a timeout still keeps the work off the import's task.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run);
}

/** The Intl locale of the page's language, as the elements' LocaleController gives it. */
const pageLocale = () => (languageOf(document.documentElement.lang) === 'nb' ? 'nb-NO' : 'en');

/**
 * The first Intl number or date formatter of a page costs 20-40 ms in Chromium (it loads the
 * locale data); this builds the page language's formatters (see `warmUpFormatters`).
 */
export function warmUpFormattingWhenIdle(): void {
  whenIdle('formatters', () => warmUpFormatters(pageLocale()));
}

/**
 * The first Intl.Collator of a page costs 15-25 ms in Chromium (collation data), which the sales
 * list pays to order its groups and sort text; this builds the page language's cached collator.
 */
export function warmUpCollationWhenIdle(): void {
  whenIdle('collator', () => collatorFor(pageLocale()).compare('a', 'b'));
}
