/** Small style pieces that several elements need in their shadow roots. */
import { css } from './css.js';
import { colorTokens } from './tokens.js';

/** Text for screen readers only: stays in the accessibility tree, takes no space on screen. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** The one focus ring every interactive part uses; themable via `--sale-focus-ring-color`. */
export const focusRing = css`
  :focus-visible {
    outline: 2px solid var(--sale-focus-ring-color, #1a73e8);
    outline-offset: 2px;
  }
`;

/** How every element with controls starts its styles: the colour tokens, hidden text, the focus ring. */
export const controlsBase = [colorTokens, visuallyHidden, focusRing];
