/**
 * The `css` tag of our style modules: a Lit `CSSResult` of literal style text, as Lit's own `css`
 * makes. That one also checks interpolated values (`${…}`), which no style of ours has, and the
 * check ships in every bundle that imports it: about 0.15 kB min+gzip. An interpolation here is a
 * type error (one argument), so the text is always the literal written in src/.
 */
import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
