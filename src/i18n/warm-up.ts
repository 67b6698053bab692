/**
 * Loads the browser's locale data before the first element needs it. Importing an element that
 * formats money or dates schedules this once, for the page's language, in idle time: a host
 * usually waits for its data after loading the library, and the first render then skips the
 * 20-40 ms Chromium spends on its first Intl formatter (see `warmUpFormatters`).
 */
import { warmUpFormatters } from '../model/format.js';
import { languageOf } from './messages.js';

let scheduled = false;

export function warmUpFormattingWhenIdle(): void {
  if (scheduled || typeof document === 'undefined') return;
  scheduled = true;
  const warmUp = () => warmUpFormatters(languageOf(document.documentElement.lang) === 'nb' ? 'nb-NO' : 'en');
  // Safari has no requestIdleCallback; a timeout still keeps the work off the import's task.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warmUp, { timeout: 2000 });
  else setTimeout(warmUp);
}
