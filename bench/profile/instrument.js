/* global Element, HTMLTemplateElement, Document, CSSStyleSheet, performance, CustomElementRegistry */
// Installed in the page before the code under study loads (bench/profile/run.mjs): counts and times
// the once-per-page work the cold path is made of. Lit prepares a template by creating a
// <template> element per template strings array (lit-html's Template.createElement); each `css`
// result becomes a CSSStyleSheet with replaceSync when a class first adopts it; Intl objects load
// locale data on their first construction.
(() => {
  const stats = {
    templates: 0,
    styleSheets: 0,
    styleSheetMs: 0,
    styleSheetChars: 0,
    intl: {},
    defines: [],
    /** The first characters of each template's markup, to tell icons from elements' templates. */
    templateStarts: [],
  };
  globalThis.__coldStats = stats;
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (tag, options) {
    if (tag === 'template') stats.templates += 1;
    return createElement.call(this, tag, options);
  };
  const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  Object.defineProperty(HTMLTemplateElement.prototype, 'innerHTML', {
    configurable: true,
    get() {
      return innerHTML.get.call(this);
    },
    set(markup) {
      stats.templateStarts.push(String(markup).replace(/\s+/g, ' ').slice(0, 60));
      innerHTML.set.call(this, markup);
    },
  });
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  CSSStyleSheet.prototype.replaceSync = function (text) {
    const start = performance.now();
    const result = replaceSync.call(this, text);
    stats.styleSheetMs += performance.now() - start;
    stats.styleSheets += 1;
    stats.styleSheetChars += String(text).length;
    return result;
  };
  for (const name of [
    'NumberFormat',
    'DateTimeFormat',
    'Collator',
    'PluralRules',
    'RelativeTimeFormat',
    'ListFormat',
    'DisplayNames',
  ]) {
    const Original = Intl[name];
    if (!Original) continue;
    const Wrapped = function (...args) {
      const start = performance.now();
      const made = new Original(...args);
      const entry = (stats.intl[name] ??= { count: 0, ms: 0, locales: new Set() });
      entry.count += 1;
      entry.ms += performance.now() - start;
      entry.locales.add(String(args[0]));
      return made;
    };
    Wrapped.prototype = Original.prototype;
    Object.assign(Wrapped, { supportedLocalesOf: Original.supportedLocalesOf.bind(Original) });
    Intl[name] = Wrapped;
  }
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (tag, ...rest) {
    stats.defines.push(tag);
    return define.call(this, tag, ...rest);
  };
  globalThis.__coldStatsSnapshot = () => ({
    ...stats,
    styleSheetMs: Math.round(stats.styleSheetMs * 10) / 10,
    intl: Object.fromEntries(
      Object.entries(stats.intl).map(([name, entry]) => [
        name,
        { count: entry.count, ms: Math.round(entry.ms * 10) / 10, locales: [...entry.locales] },
      ]),
    ),
    defines: [...stats.defines],
    templateStarts: [...stats.templateStarts],
  });
  globalThis.__coldStatsReset = () => {
    stats.templates = 0;
    stats.styleSheets = 0;
    stats.styleSheetMs = 0;
    stats.styleSheetChars = 0;
    stats.intl = {};
    stats.defines = [];
    stats.templateStarts = [];
  };
})();
