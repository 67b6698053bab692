/** Shades of the colour tokens (see tokens.ts) that only `<sale-card>` uses. */
import { css } from './css.js';

/** The card's labels, form controls and the text on its primary button. */
export const cardColorShades = css`
  :host {
    --_sale-color-card-muted: var(--sale-color-text-muted, light-dark(#5c5c66, #a8a8b3));
    --_sale-color-field: var(--sale-color-surface, light-dark(#ffffff, #26262c));
    --_sale-color-on-accent: var(--sale-color-surface, light-dark(#ffffff, #0b1f3a));
  }
`;
