/**
 * An element's texts in a language other than English: loading them the first time an element
 * speaks it, and holding the element's updates until they are here. Only catalogues made with
 * `defineMessages` reach `loadMessages` and `holdUpdates`, so an element with no texts of its own
 * (`<sale-status-icon>`) ships neither.
 */
import { reportProblems } from '../diagnostics/report-problems.js';
import { describeValue } from '../model/describe.js';
import type { Catalogue, Language, MessagesLoader } from './messages.js';

/** Each catalogue's loaded texts, and the loads under way, by loader (one per catalogue and language). */
const loadedTexts = new WeakMap<MessagesLoader<string>, Record<string, string>>();
const loads = new WeakMap<MessagesLoader<string>, Promise<void>>();

/** A catalogue's texts in a language when they are here: English always, another once loaded. */
export function textsOf(catalogue: Catalogue, language: Language): Record<string, string> | undefined {
  return language === 'en' ? catalogue.en : loadedTexts.get(catalogue[language]);
}

/**
 * Loads a catalogue's texts in `language` the first time any element asks for them. Returns
 * nothing when they are here already (English always is), else a promise that resolves, and never
 * rejects, once they are. A failed load warns once, naming the language and `tag` (the element
 * that asked first); lookups then fall back to English.
 */
export function loadMessages(
  catalogue: Catalogue,
  language: Language,
  tag: string,
): Promise<void> | undefined {
  if (textsOf(catalogue, language)) return undefined;
  const load = catalogue[language as Exclude<Language, 'en'>];
  let pending = loads.get(load);
  if (!pending) {
    // `then(load)` turns a loader that throws into a rejection too.
    pending = Promise.resolve()
      .then(load)
      .then(
        (module) => module.default,
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : describeValue(error);
          const message = `the Norwegian (${language}) texts could not be loaded (${reason})`;
          reportProblems(tag, [{ field: 'lang', message: `${message}; showing English` }]);
          return {};
        },
      )
      .then((texts) => void loadedTexts.set(load, texts));
    loads.set(load, pending);
  }
  return pending;
}

/** The part of Lit's ReactiveElement that `holdUpdates` wraps (protected there). */
interface Scheduling {
  scheduleUpdate(): unknown;
}

/**
 * Makes each of the host's updates wait while `pending()` gives a promise: Lit awaits a promise
 * that `scheduleUpdate()` returns before it renders, and `updateComplete` waits with it. A
 * controller cannot override its host's methods, so this wraps the host's own on the instance,
 * which keeps the waiting in one place rather than in every element. Updates that need not wait
 * (the usual case) run as before, in the same microtask.
 */
export function holdUpdates(host: HTMLElement, pending: () => Promise<void> | undefined): void {
  const scheduling = host as unknown as Scheduling;
  const schedule = scheduling.scheduleUpdate.bind(host);
  scheduling.scheduleUpdate = () => {
    const waiting = pending();
    return waiting ? waiting.then(schedule) : schedule();
  };
}
