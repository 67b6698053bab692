import { css } from 'lit';
import { focusRing, visuallyHidden } from '../../styles/shared.js';

export const saleTabsStyles = [
  visuallyHidden,
  focusRing,
  css`
    :host {
      display: block;
      --_selected-color: var(--sale-tabs-selected-color, light-dark(#1558b0, #8ab4f8));
    }
    :host([hidden]) {
      display: none;
    }
    [part~='tablist'] {
      display: flex;
      gap: var(--sale-tabs-gap, 0);
      /* One row that scrolls sideways; a second row would move the panel when tabs appear. */
      overflow-x: auto;
      overflow-y: hidden;
      overscroll-behavior-inline: contain;
      scrollbar-width: thin;
      border-block-end: 1px solid var(--sale-tabs-divider-color, light-dark(#d4d4da, #3c3c44));
    }
    /* Block boxes, not flex containers: the row of tabs is the one flex layout (it costs at mount). */
    [part~='tab'] {
      flex: none;
      padding: var(--sale-tabs-tab-padding, 0.625em 1em);
      border-block-end: var(--sale-tabs-indicator-size, 3px) solid transparent;
      color: var(--sale-tabs-color, light-dark(#45454d, #c4c4cc));
      white-space: nowrap;
      cursor: pointer;
      user-select: none;
    }
    [part~='tab']:hover {
      background: var(--sale-tabs-hover-background, light-dark(#f0f0f3, #2b2b31));
    }
    [part~='tab'][aria-selected='true'] {
      color: var(--_selected-color);
      /* A border, not a background: it survives forced colours. */
      border-block-end-color: var(--sale-tabs-indicator-color, var(--_selected-color));
    }
    [part~='tab'][aria-disabled='true'] {
      color: var(--sale-tabs-disabled-color, light-dark(#8a8a92, #74747c));
      background: none;
      cursor: not-allowed;
    }
    /* Inside the scrolling tab row an outer ring would be clipped, so draw it inside the tab. */
    [part~='tab']:focus-visible {
      outline-offset: -2px;
    }
    [part~='marker'] {
      /* A border, not a background, so that forced colours keep the dot. */
      display: inline-block;
      vertical-align: middle;
      margin-inline-start: 0.375em;
      inline-size: 0;
      block-size: 0;
      border: 0.1875em solid var(--sale-tabs-marker-color, currentColor);
      border-radius: 50%;
    }
    [part~='panel'] {
      padding: var(--sale-tabs-panel-padding, 1em 0);
    }
    @media (forced-colors: active) {
      /* Forced colours would paint every transparent indicator in the text colour. */
      [part~='tab'] {
        color: ButtonText;
        border-block-end-color: Canvas;
      }
      [part~='tab'][aria-selected='true'] {
        color: Highlight;
        border-block-end-color: Highlight;
      }
      [part~='tab'][aria-disabled='true'] {
        color: GrayText;
      }
      [part~='marker'] {
        border-color: currentColor;
      }
    }
  `,
];
