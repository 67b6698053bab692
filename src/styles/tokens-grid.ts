/** Shades of the colour tokens (see tokens.ts) that the data grid (`src/grid/`) and `<sale-list>` use. */
import { css } from './css.js';

/** The grid's header row, row lines and row under the pointer (`<sale-list>`, `<sale-sections>`). */
export const gridColorShades = css`
  :host {
    --_sale-color-grid-header: var(--sale-color-surface-hover, light-dark(#f4f4f6, #26262c));
    --_sale-color-grid-divider: var(--sale-color-border, light-dark(#e2e2e8, #3a3a42));
    --_sale-color-grid-hover: var(--sale-color-surface-hover, light-dark(#f7f7fa, #24242a));
  }
`;

/** The sale list's column chooser and group rows. */
export const listColorShades = css`
  :host {
    --_sale-color-menu: var(--sale-color-surface, light-dark(#ffffff, #24242a));
    --_sale-color-menu-hover: var(--sale-color-surface-hover, light-dark(#eef0f6, #2b2b33));
    --_sale-color-group: var(--sale-color-surface-hover, light-dark(#eef0f6, #2a2a31));
  }
`;
