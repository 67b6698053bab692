/**
 * Gives an element its language: the closest `lang` attribute above it, crossing shadow roots,
 * else `<html lang>`. Re-renders the host when that attribute changes anywhere above it, and offers
 * message lookup. Formatting lives in the model (`formatMoney(value, currency, locale.intlLocale)`)
 * so that elements which format nothing do not ship the formatters.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
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
  let node: Element | null = element;
  while (node) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
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
const controllers = new Set<LocaleController<string>>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  (observer ??= new MutationObserver(() =>
    controllers.forEach((controller) => controller.refresh()),
  )).observe(root, { attributeFilter: ['lang'], subtree: true });
}

onMessagesChange(() => controllers.forEach((controller) => controller.host.requestUpdate()));

/**
 * `K` is the keys of the element's own catalogue (`new LocaleController(this, saleCardMessages)`);
 * the shared messages of en.ts are always available too.
 */
export class LocaleController<K extends string = never> implements ReactiveController {
  readonly host: Host;
  /** The shipped language the element speaks: `en` or `nb`. */
  language: Language = 'en';
  /** The locale used for Intl formatting, such as `nb-NO` or `en-GB`. */
  intlLocale = 'en';

  private readonly catalogue?: Catalogue<K>;

  constructor(host: Host, catalogue?: Catalogue<K>) {
    this.host = host;
    this.catalogue = catalogue;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document.documentElement);
    // Shadow roots above the host are outside the document's subtree, so watch them too.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      observe(root);
    }
    this.resolve();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads `lang` and re-renders the host when the language or locale changed. */
  refresh(): void {
    if (this.resolve()) this.host.requestUpdate();
  }

  /** The message for a key in the element's language, with `{placeholder}`s filled. */
  t(key: MessageKey | K, params?: Record<string, string | number>): string {
    return message(this.language, key, params, this.catalogue);
  }

  private resolve(): boolean {
    const tag = closestLang(this.host);
    const language = languageOf(tag);
    const intlLocale = intlLocaleOf(tag, language);
    const changed = language !== this.language || intlLocale !== this.intlLocale;
    this.language = language;
    this.intlLocale = intlLocale;
    return changed;
  }
}
