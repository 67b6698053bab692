/**
 * The colour token layer: every colour default of the library, written once. Each element puts
 * `colorTokens` (and the shades it uses) first in its `static styles`, so its shadow root can read
 * the private `--_sale-color-*` names; its public `--sale-<tag>-*` properties fall back to them.
 *
 * A theme sets the eight public tokens (`--sale-color-accent`, `-border`, `-surface`,
 * `-surface-hover`, `-text-muted`, `-danger`, `-success`, `-warning`) on the page or any container.
 * Unset, each keeps the `light-dark()` pair it has always had, so `color-scheme` picks light or dark
 * where the colour is used. Forced-colours rules stay in the element sheets, after these.
 *
 * Some parts have had a shade of their own since before the tokens (a lighter grid line, the
 * panel's muted text). Each shade follows its token when a theme sets it and keeps its own default
 * otherwise, so nothing renders differently until a theme is set. The shades of one element live
 * beside this file (`tokens-<part>.ts`), each module on its own, so an element's bundle carries
 * only its own: a bundler keeps every sheet of a module it imports. The grey of lost and unknown
 * statuses and the text of unselected tabs stay here: those elements sit inside most bundles.
 */
import { css } from './css.js';

export const colorTokens = css`
  :host {
    --_sale-color-accent: var(--sale-color-accent, light-dark(#1558b0, #8ab4f8));
    --_sale-color-border: var(--sale-color-border, light-dark(#d4d4da, #3c3c44));
    --_sale-color-surface: var(--sale-color-surface, light-dark(#ffffff, #1f1f24));
    --_sale-color-surface-hover: var(--sale-color-surface-hover, light-dark(#f0f0f3, #2b2b31));
    --_sale-color-text-muted: var(--sale-color-text-muted, light-dark(#5c5c66, #a8a8b0));
    --_sale-color-danger: var(--sale-color-danger, light-dark(#b3261e, #f2b8b5));
    --_sale-color-success: var(--sale-color-success, light-dark(#1e7d32, #66bb6a));
    /* Dark: #ff8a80 keeps overdue text over 4.5:1 on every dark surface (#ef5350 gave 4.0-4.4:1). */
    --_sale-color-warning: var(--sale-color-warning, light-dark(#c62828, #ff8a80));
    --_sale-color-status-neutral: var(--sale-color-text-muted, light-dark(#6b6b6b, #a8a8a8));
    --_sale-color-tab-text: var(--sale-color-text-muted, light-dark(#45454d, #c4c4cc));
  }
`;
