/**
 * Declaring an element's messages, and loading its texts in a language other than English the first
 * time an element speaks it, holding the element's updates until they are here. Only the
 * `<tag>.messages.ts` files import this module, so an element with no texts of its own
 * (`<sale-status-icon>`) ships none of it.
 */
import { reportProblems } from '../diagnostics/report-problems.js';
import { describeValue } from '../model/describe.js';
import { holdUpdates } from '../prepare/hold-updates.js';
import { loadedTexts, type Catalogue, type Language, type MessagesLoader } from './messages.js';

/** The loads under way, by loader (one per catalogue and language). */
const loads = new WeakMap<MessagesLoader<string>, Promise<void>>();

/**
 * Declares an element's messages:
 * `defineMessages({ en: { 'x.save': 'Save' }, nb: () => import('./x.messages.nb.js') })`, where
 * x.messages.nb.ts is `export default { 'x.save': 'Lagre' } satisfies Record<XMessageKey, string>;`.
 * `children` are the catalogues of the elements it renders inside it (the card's combobox): their
 * texts load with its own, so that they render with it rather than after another wait.
 */
export function defineMessages<K extends string>(
  texts: { en: Record<K, string>; nb: MessagesLoader<NoInfer<K>> },
  children: readonly Catalogue[] = [],
): Catalogue<K> {
  // The languages whose texts, its own and its children's, are all here (loaded, or failed and
  // shown in English): they stay so, so every later update of every element that speaks one of
  // them (`holdUpdates` asks at each) returns at once, without building a list of loads.
  const settled = new Set<Language>(['en']);
  const load = (language: Language, tag: string): Promise<void> | undefined => {
    if (settled.has(language)) return undefined;
    const pending = [
      loadMessages(catalogue, language, tag),
      ...children.map((child) => child.load?.(language, tag)),
    ].filter((promise) => promise !== undefined);
    if (pending.length) return Promise.all(pending).then(() => undefined);
    settled.add(language);
    return undefined;
  };
  const catalogue: Catalogue<K> = {
    ...texts,
    load,
    holdUpdates: (host, language) => holdUpdates(host, () => load(language(), host.localName)),
  };
  return catalogue;
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
  if (language === 'en') return undefined;
  const load = catalogue[language];
  if (loadedTexts.has(load)) return undefined;
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
