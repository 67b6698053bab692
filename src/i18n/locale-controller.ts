/**
 * Gives an element its language: the closest `lang` attribute above it, crossing shadow roots,
 * else `<html lang>`. Re-renders the host when that attribute changes anywhere above it, and offers
 * message lookup. The element's own texts in a language other than English load on demand: its
 * updates wait for them (src/prepare/hold-updates.ts), so it never shows English first.
 * `LanguageController` is all an element needs that shows only its own messages; `LocaleController`
 * adds the shared messages (status names, Overdue), `{placeholder}`s and the Intl locale.
 * Formatting lives in the model (`formatMoney(value, currency, locale.intlLocale)`) so that
 * elements which format nothing do not ship the formatters.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  catalogueMessage,
  languageOf,
  message,
  onMessagesChange,
  type Catalogue,
  type Language,
  type MessageKey,
} from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The value of the nearest `lang` attribute, walking out of shadow roots to their hosts. */
export function closestLang(element: Element): string {
  for (let node: Element | undefined = element; node; node = shadowHost(node)) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang')!;
  }
  return '';
}

/** The host of the shadow root `node` is in, if it is in one. */
function shadowHost(node: Node): Element | undefined {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : undefined;
}

/** Intl locales by `lang` tag, so that mounting many elements canonicalizes each tag once. */
const intlLocales = new Map<string, string>();

/** The Intl locale for a `lang` tag: keeps English regional variants (en-GB dates), else the language. */
export function intlLocaleOf(tag: string, language: Language = languageOf(tag)): string {
  if (language === 'nb') return 'nb-NO';
  let locale = intlLocales.get(tag);
  if (!locale) {
    try {
      locale = (/^en\b/i.test(tag) && Intl.getCanonicalLocales(tag)[0]) || 'en';
    } catch {
      locale = 'en';
    }
    intlLocales.set(tag, locale);
  }
  return locale;
}

// One observer for every controller: `lang` changes are rare, so re-resolving all hosts is cheap
// and avoids an observer per element.
const controllers = new Set<LanguageController<never>>();
let observer: MutationObserver | undefined;
/** The roots already watched: every element connecting would otherwise observe the document again. */
const observed = new WeakSet<Node>();

/** Watches `lang` in `root`'s subtree, once per root. */
function observe(root: Node): void {
  if (observed.has(root)) return;
  observed.add(root);
  (observer ??= new MutationObserver(() =>
    controllers.forEach((controller) => controller.refresh()),
  )).observe(root, { attributeFilter: ['lang'], subtree: true });
}

onMessagesChange(() => controllers.forEach((controller) => controller.host.requestUpdate()));

/**
 * The language and messages of an element that shows only its own catalogue (`<tag>.messages.ts`)
 * and formats nothing, such as `<sale-tabs>`: its bundle then leaves out the shared messages and
 * the Intl locale mapping.
 *
 * An element whose language is Norwegian renders for the first time once its Norwegian texts have
 * loaded (a lazy chunk, loaded once per page), so it never shows English first. When `lang` changes
 * at runtime to Norwegian, the element keeps showing what it showed (English) until the chunk
 * arrives, then re-renders; its other updates wait meanwhile. If the chunk fails to load, the
 * element shows its own texts in English and one warning names the language.
 */
export class LanguageController<K extends string> implements ReactiveController {
  readonly host: Host;
  /** The closest `lang` attribute's value, such as `nb-NO`; empty when there is none. */
  tag = '';
  /** The shipped language the element speaks: `en` or `nb`. */
  language: Language = 'en';

  protected readonly catalogue: Catalogue<K>;

  constructor(host: Host, catalogue: Catalogue<K>) {
    this.host = host;
    this.catalogue = catalogue;
    host.addController(this);
    catalogue.holdUpdates?.(host, () => this.language);
  }

  hostConnected(): void {
    controllers.add(this);
    // The document, and each shadow root above the host, which the document's subtree leaves out.
    for (let node: Node | undefined = this.host; node; node = shadowHost(node)) observe(node.getRootNode());
    // Moved into another `lang` subtree: speak its language.
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads `lang` and re-renders the host when its value changed. */
  refresh(): void {
    if (this.resolve()) this.host.requestUpdate();
  }

  /** The message for a key in the element's language. An arrow property, so it can be handed on unbound. */
  readonly t: (key: K) => string = (key) => catalogueMessage(this.language, key, this.catalogue);

  private resolve(): boolean {
    const tag = closestLang(this.host);
    if (tag === this.tag) return false;
    this.tag = tag;
    this.language = languageOf(tag);
    return true;
  }
}

/**
 * The catalogue of an element that shows only the shared messages. Not made with `defineMessages`,
 * so nothing holds the element's updates and no loading code ships with it.
 */
const NO_MESSAGES: Catalogue<never> = { en: {}, nb: () => Promise.resolve({ default: {} }) };

/**
 * For elements that show the shared messages of en.ts (status names, Overdue), fill
 * `{placeholder}`s or format for a locale. `K` is the keys of the element's own catalogue
 * (`new LocaleController(this, saleCardMessages)`); the shared messages are always available too.
 */
export class LocaleController<K extends string = never> extends LanguageController<K> {
  constructor(host: Host, catalogue: Catalogue<K> = NO_MESSAGES as Catalogue<K>) {
    super(host, catalogue);
  }

  /** The locale used for Intl formatting, such as `nb-NO` or `en-GB`. */
  get intlLocale(): string {
    return intlLocaleOf(this.tag, this.language);
  }

  /** The message for a key in the element's language, with `{placeholder}`s filled. */
  override readonly t: (key: MessageKey | K, params?: Record<string, string | number>) => string = (
    key,
    params,
  ) => message(this.language, key, params, this.catalogue);
}
