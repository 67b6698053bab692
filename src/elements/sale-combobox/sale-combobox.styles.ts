import { css } from '../../styles/css.js';
import { controlsBase } from '../../styles/shared.js';

// Comments stay out of the CSS text, which ships as written. Why the rules are as they are:
// - The popup is a popover in the top layer where the browser can anchor it to the input, so no
//   scrolling panel or `overflow: hidden` container of the host clips it. The anchor name is
//   tree-scoped: each combobox's shadow root has its own. It flips above the input near the
//   bottom of the viewport, and hides while the input is scrolled out of sight. Without anchor
//   positioning it is an absolute box under the input.
// - The field's look follows the card's fields, through the same public custom properties.
export const saleComboboxStyles = [
  ...controlsBase,
  css`
    :host {
      display: block;
      position: relative;
      --_border: var(--sale-card-border-color, var(--_sale-color-border));
      --_surface: var(--sale-card-background, var(--_sale-color-surface));
      --_hover: var(--sale-card-hover-background, var(--_sale-color-surface-hover));
    }
    :host([hidden]) {
      display: none;
    }
    input {
      box-sizing: border-box;
      inline-size: 100%;
      padding: 0.375em 0.5em;
      border: 1px solid var(--_border);
      border-radius: 4px;
      background: var(--sale-card-field-background, var(--_sale-color-surface));
      font: inherit;
      color: inherit;
      anchor-name: --sale-combobox-input;
    }
    [aria-invalid='true'] {
      border-color: var(--sale-card-danger-color, var(--_sale-color-danger));
      box-shadow: inset 0 -2px 0 var(--sale-card-danger-color, var(--_sale-color-danger));
    }
    [part~='popup'] {
      box-sizing: border-box;
      min-inline-size: min(14em, 100vw - 1em);
      max-inline-size: calc(100vw - 1em);
      max-block-size: 16em;
      overflow: auto;
      margin: 2px 0 0;
      padding: 0.25em 0;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_surface);
      color: var(--sale-card-color, CanvasText);
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
      font: inherit;
    }
    [part~='popup'][popover] {
      position-anchor: --sale-combobox-input;
      position-area: block-end span-inline-end;
      position-try-fallbacks: flip-block;
      position-visibility: anchors-visible;
      inset: auto;
      inline-size: anchor-size(inline);
    }
    [part~='popup']:not([popover]) {
      position: absolute;
      inset-block-start: 100%;
      inset-inline-start: 0;
      z-index: 2;
      inline-size: 100%;
    }
    [part~='popup'][hidden] {
      display: none;
    }
    [role='listbox'] {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [role='option'] {
      padding: 0.5em 0.75em;
      border-inline-start: 3px solid transparent;
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    [role='option']:hover {
      background: var(--_hover);
    }
    [role='option'][aria-selected='true'] {
      background: var(--_hover);
      border-inline-start-color: var(--sale-card-accent-color, var(--_sale-color-accent));
    }
    .message {
      margin: 0;
      padding: 0.5em 0.75em;
      color: var(--sale-card-muted-color, var(--_sale-color-text-muted));
    }
    @media (forced-colors: active) {
      [part~='popup'] {
        border-color: CanvasText;
      }
      [role='option'][aria-selected='true'] {
        background: Highlight;
        color: HighlightText;
        forced-color-adjust: none;
      }
    }
  `,
];
