/**
 * Message lookup with host overrides. Messages shared by several elements (status names, Overdue)
 * live in en.ts / nb.ts; an element's own messages live beside it in `<tag>.messages.ts`, made with
 * `defineMessages` (define-messages.ts), so that a per-element bundle ships only the texts it shows.
 * English is built in; an element's Norwegian texts are in `<tag>.messages.nb.ts`, a lazy chunk that
 * loads the first time an element speaks Norwegian, so an English page never downloads them. A host
 * replaces any message, for every element on the page, with
 * `registerMessages('nb', { 'status.stalled': 'På vent' })`; elements re-render at once.
 */
import type { saleCardMessages } from '../elements/sale-card/sale-card.messages.js';
import type { saleComboboxMessages } from '../elements/sale-combobox/sale-combobox.messages.js';
import type { saleListMessages } from '../elements/sale-list/sale-list.messages.js';
import type { saleScreenMessages } from '../elements/sale-screen/sale-screen.messages.js';
import type { saleSectionsMessages } from '../elements/sale-sections/sale-sections.messages.js';
import type { saleTabsMessages } from '../elements/sale-tabs/sale-tabs.messages.js';
import type { salesGuideCardMessages } from '../elements/sales-guide-card/sales-guide-card.messages.js';
import type { selectionPanelMessages } from '../elements/selection-panel/selection-panel.messages.js';
import { en, type MessageKey, type Messages } from './en.js';
import { nb } from './nb.js';

export const LANGUAGES = ['en', 'nb'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The languages whose element texts load on demand; English is built in, and is the fallback. */
type LazyLanguage = Exclude<Language, 'en'>;

/** Loads one language's texts of an element: `() => import('./<tag>.messages.nb.js')`. */
export type MessagesLoader<K extends string> = () => Promise<{ default: Record<K, string> }>;

/**
 * An element's own messages: the English texts, and a loader for each other language. The types
 * make every language have the keys of English (`<tag>.messages.nb.ts` checks it has no others).
 */
export type Catalogue<K extends string = string> = { readonly en: Record<K, string> } & {
  readonly [L in LazyLanguage]: MessagesLoader<K>;
} & {
  /**
   * Loads the catalogue's texts in `language`, with those of the elements it renders inside it:
   * nothing when they are here, else a promise that resolves (never rejects) once they are.
   * `defineMessages` adds it and `holdUpdates`, so the loading code ships only with elements that
   * have texts of their own.
   */
  readonly load?: (language: Language, tag: string) => Promise<void> | undefined;
  /** Holds `host`'s updates while `load` works for its language (`language()` at each update). */
  readonly holdUpdates?: (host: HTMLElement, language: () => Language) => void;
};

const shared: Record<Language, Record<string, string>> = { en, nb };

/**
 * The texts each catalogue has loaded, by loader (one per catalogue and language); define-messages.ts
 * fills it. Here, rather than there, so that an element with no texts of its own (the status icon)
 * looks messages up without shipping the loading code.
 */
export const loadedTexts = new WeakMap<MessagesLoader<string>, Record<string, string>>();

/** A catalogue's texts in a language when they are here: English always, another once loaded. */
function textsOf(catalogue: Catalogue, language: Language): Record<string, string> | undefined {
  return language === 'en' ? catalogue.en : loadedTexts.get(catalogue[language]);
}
const overrides: Record<Language, Record<string, string>> = { en: {}, nb: {} };
const listeners = new Set<() => void>();

/** The keys of one element's catalogue. */
type KeysOf<C> = C extends Catalogue<infer K> ? K : never;

/**
 * Every key a host may override: the shared ones (en.ts) and each element's own. Type-only imports,
 * so no element's texts ship with this module. A new `<tag>.messages.ts` belongs in this union.
 */
export type OverridableMessageKey =
  | MessageKey
  | KeysOf<typeof saleCardMessages>
  | KeysOf<typeof saleComboboxMessages>
  | KeysOf<typeof saleListMessages>
  | KeysOf<typeof saleScreenMessages>
  | KeysOf<typeof saleSectionsMessages>
  | KeysOf<typeof saleTabsMessages>
  | KeysOf<typeof salesGuideCardMessages>
  | KeysOf<typeof selectionPanelMessages>;

/** What `registerMessages` takes: some known keys, so a typo such as `'status.opne'` does not compile. */
export type MessageOverrides = Partial<Record<OverridableMessageKey, string>>;

/** Maps any BCP 47 tag to a shipped language: `nb`, `nn` and `no` to Norwegian, all else English. */
export function languageOf(tag: string | null | undefined): Language {
  // nb, nn or no before any `-` or `_`, in any case, with space around ignored.
  return /^\s*n[bno](?:[-_]|\s*$)/i.test(tag ?? '') ? 'nb' : 'en';
}

/**
 * Overrides some messages of a language for every element; later calls win key by key. Keys are
 * those of en.ts and of each element's `<tag>.messages.ts`.
 */
export function registerMessages(language: Language, messages: MessageOverrides): void {
  // Plain-JS hosts may pass any tag ('nb-NO', 'de'): map it like a `lang` attribute.
  Object.assign(overrides[languageOf(language)], messages);
  for (const listener of listeners) listener();
}

/** Called after every `registerMessages`, so elements can re-render. Returns an unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The message for a key of one catalogue, without the shared messages: the host's override, else the
 * catalogue's, else (its texts in that language not loaded yet, or failed) the English one.
 */
export function catalogueMessage<K extends string>(
  language: Language,
  key: K,
  catalogue: Catalogue<K>,
): string {
  return overrides[language][key] ?? textsOf(catalogue, language)?.[key] ?? catalogue.en[key];
}

/** The message for a key, from the host's overrides, the element's catalogue or the shared one. */
export function message<K extends string = never>(
  language: Language,
  key: MessageKey | K,
  params?: Record<string, string | number>,
  catalogue?: Catalogue<K>,
): string {
  const resolved = languageOf(language);
  const own = catalogue as Catalogue | undefined;
  // An unknown key (a typo in plain JS) shows itself rather than a blank.
  const text =
    overrides[resolved][key] ??
    (own && textsOf(own, resolved)?.[key]) ??
    shared[resolved][key] ??
    own?.en[key] ??
    shared.en[key] ??
    key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export type { MessageKey, Messages };
