import { css } from '../../styles/css.js';
import { colorTokens } from '../../styles/tokens.js';

export const saleStatusIconStyles = [
  colorTokens,
  css`
    :host {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      line-height: 0;
      vertical-align: -0.125em;
      color: var(--_color);
    }
    :host([hidden]) {
      display: none;
    }
    [part='icon'] {
      display: inline-block;
      border-radius: 50%;
      background: color-mix(in srgb, var(--_color) 16%, transparent);
    }
    svg {
      inline-size: 1em;
      block-size: 1em;
    }
    svg > * {
      transform-box: view-box;
      transform-origin: center;
      transform: scale(0.72);
    }
    .open {
      --_color: var(--sale-status-open-color, currentColor);
    }
    .sold {
      --_color: var(--sale-status-sold-color, var(--_sale-color-success));
    }
    .lost {
      --_color: var(--sale-status-lost-color, var(--_sale-color-status-neutral));
    }
    .stalled {
      --_color: var(--sale-status-stalled-color, var(--_sale-color-warning));
    }
    .unknown {
      --_color: var(--sale-status-unknown-color, var(--_sale-color-status-neutral));
    }
    [part='icon'] {
      color: var(--_color);
    }
    @media (forced-colors: active) {
      [part='icon'] {
        color: CanvasText;
        outline: 1px solid CanvasText;
        outline-offset: -1px;
      }
    }
  `,
];
