/**
 * Message lookup with host overrides. A host replaces any message, for every element on the page,
 * with `registerMessages('nb', { 'status.stalled': 'På vent' })`; elements re-render at once.
 */
import { en, type MessageKey, type Messages } from './en.js';
import { nb } from './nb.js';

export const LANGUAGES = ['en', 'nb'] as const;
export type Language = (typeof LANGUAGES)[number];

const NORWEGIAN = new Set(['nb', 'nn', 'no']);
const catalogues: Record<Language, Messages> = { en, nb };
const overrides: Record<Language, Partial<Messages>> = { en: {}, nb: {} };
const listeners = new Set<() => void>();

/** Maps any BCP 47 tag to a shipped language: `nb`, `nn` and `no` to Norwegian, all else English. */
export function languageOf(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return NORWEGIAN.has(primary) ? 'nb' : 'en';
}

/** Overrides some messages of a language for every element; later calls win key by key. */
export function registerMessages(language: Language, messages: Partial<Messages>): void {
  Object.assign(overrides[language], messages);
  for (const listener of listeners) listener();
}

/** Called after every `registerMessages`, so elements can re-render. Returns an unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message for a key, with `{placeholder}`s replaced by `params`. */
export function message(
  language: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const text = overrides[language][key] ?? catalogues[language][key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { MessageKey, Messages };
