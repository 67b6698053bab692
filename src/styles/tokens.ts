/**
 * The colour token layer: every colour default of the library, written once. Each element puts
 * this sheet first in its `static styles`, so its shadow root can read the private
 * `--_sale-color-*` names below; its public `--sale-<tag>-*` properties fall back to them.
 *
 * A theme sets the eight public tokens (`--sale-color-accent`, `-border`, `-surface`,
 * `-surface-hover`, `-text-muted`, `-danger`, `-success`, `-warning`) on the page or any container.
 * Unset, each keeps the `light-dark()` pair it has always had, so `color-scheme` picks light or dark
 * where the colour is used. Some parts have had a shade of their own since before the tokens
 * (a lighter grid line, the panel's muted text): each shade follows its token when a theme sets
 * it, and keeps its own default otherwise, so nothing renders differently until a theme is set.
 * Forced-colours rules stay in the element sheets, after this one.
 */
import { css } from './css.js';

export const colorTokens = css`
  :host {
    --_sale-color-accent: var(--sale-color-accent, light-dark(#1558b0, #8ab4f8));
    --_sale-color-on-accent: var(--sale-color-surface, light-dark(#ffffff, #0b1f3a));
    --_sale-color-border: var(--sale-color-border, light-dark(#d4d4da, #3c3c44));
    --_sale-color-grid-divider: var(--sale-color-border, light-dark(#e2e2e8, #3a3a42));
    --_sale-color-surface: var(--sale-color-surface, light-dark(#ffffff, #1f1f24));
    --_sale-color-field: var(--sale-color-surface, light-dark(#ffffff, #26262c));
    --_sale-color-menu: var(--sale-color-surface, light-dark(#ffffff, #24242a));
    --_sale-color-surface-hover: var(--sale-color-surface-hover, light-dark(#f0f0f3, #2b2b31));
    --_sale-color-grid-hover: var(--sale-color-surface-hover, light-dark(#f7f7fa, #24242a));
    --_sale-color-menu-hover: var(--sale-color-surface-hover, light-dark(#eef0f6, #2b2b33));
    --_sale-color-grid-header: var(--sale-color-surface-hover, light-dark(#f4f4f6, #26262c));
    --_sale-color-group: var(--sale-color-surface-hover, light-dark(#eef0f6, #2a2a31));
    --_sale-color-panel-selected: var(--sale-color-surface-hover, light-dark(#e3edfb, #233550));
    --_sale-color-text-muted: var(--sale-color-text-muted, light-dark(#5c5c66, #a8a8b0));
    --_sale-color-card-muted: var(--sale-color-text-muted, light-dark(#5c5c66, #a8a8b3));
    --_sale-color-panel-muted: var(--sale-color-text-muted, light-dark(#5c5c66, #b0b0ba));
    --_sale-color-status-neutral: var(--sale-color-text-muted, light-dark(#6b6b6b, #a8a8a8));
    --_sale-color-tab-text: var(--sale-color-text-muted, light-dark(#45454d, #c4c4cc));
    --_sale-color-danger: var(--sale-color-danger, light-dark(#b3261e, #f2b8b5));
    --_sale-color-success: var(--sale-color-success, light-dark(#1e7d32, #66bb6a));
    --_sale-color-warning: var(--sale-color-warning, light-dark(#c62828, #ef5350));
    --_sale-color-panel-overdue: var(--sale-color-warning, light-dark(#c62828, #ff8a80));
  }
`;
