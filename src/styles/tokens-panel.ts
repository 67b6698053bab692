/** Shades of the colour tokens (see tokens.ts) that only `<selection-panel>` uses. */
import { css } from './css.js';

/** The panel's secondary text, overdue rows (lighter in the dark scheme, for contrast on the selected row) and selected row. */
export const panelColorShades = css`
  :host {
    --_sale-color-panel-muted: var(--sale-color-text-muted, light-dark(#5c5c66, #b0b0ba));
    --_sale-color-panel-overdue: var(--sale-color-warning, light-dark(#c62828, #ff8a80));
    --_sale-color-panel-selected: var(--sale-color-surface-hover, light-dark(#e3edfb, #233550));
  }
`;
