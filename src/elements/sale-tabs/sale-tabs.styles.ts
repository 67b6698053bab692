import { css } from '../../styles/css.js';
import { controlsBase } from '../../styles/shared.js';

// Comments stay out of the CSS text, which ships as written. Why the rules are as they are:
// - The tab row is one line that scrolls sideways: a second row would move the panel as tabs come
//   and go. The focus ring is drawn inside each tab, where the scrolling row does not clip it.
// - Tabs are block boxes inside the one flex row: a flex box per tab costs layout time at mount.
// - The row skips layout and paint while it is off screen (`content-visibility: auto`): a page of
//   many tab groups lays out only those in view.
//   The row scrolls, so it clips already and the containment this adds changes nothing on screen;
//   the tabs stay in the accessibility tree. Off screen it takes the height it last had, or about
//   one line of tabs (0.625em padding twice, a line of text, the 3px indicator and 1px divider) before it was ever shown.
// - The selected tab's line and the marker dot are borders, not backgrounds, because forced-colours
//   mode keeps borders. In that mode the transparent line under the other tabs would turn into the
//   text colour, so it becomes Canvas there.
export const saleTabsStyles = [
  ...controlsBase,
  css`
    :host {
      display: block;
      --_selected: var(--sale-tabs-selected-color, var(--_sale-color-accent));
    }
    :host([hidden]) {
      display: none;
    }
    [part~='tablist'] {
      display: flex;
      gap: var(--sale-tabs-gap, 0);
      overflow: auto hidden;
      scrollbar-width: thin;
      content-visibility: auto;
      contain-intrinsic-block-size: auto calc(2.55em + 4px);
      border-block-end: 1px solid var(--sale-tabs-divider-color, var(--_sale-color-border));
    }
    [part~='tab'] {
      flex: none;
      padding: var(--sale-tabs-tab-padding, 0.625em 1em);
      border-block-end: var(--sale-tabs-indicator-size, 3px) solid transparent;
      color: var(--sale-tabs-color, var(--_sale-color-tab-text));
      white-space: nowrap;
      cursor: pointer;
      user-select: none;
    }
    [part~='tab']:hover {
      background: var(--sale-tabs-hover-background, var(--_sale-color-surface-hover));
    }
    [part~='tab'][aria-selected='true'] {
      color: var(--_selected);
      border-block-end-color: var(--sale-tabs-indicator-color, var(--_selected));
    }
    [part~='tab'][aria-disabled='true'] {
      color: var(--sale-tabs-disabled-color, light-dark(#8a8a92, #74747c));
      background: none;
      cursor: not-allowed;
    }
    [part~='tab']:focus-visible {
      outline-offset: -2px;
    }
    [part~='marker'] {
      display: inline-block;
      vertical-align: middle;
      margin-inline-start: 0.375em;
      border: 0.1875em solid var(--sale-tabs-marker-color, currentColor);
      border-radius: 50%;
    }
    [part~='panel'] {
      padding: var(--sale-tabs-panel-padding, 1em 0);
    }
    @media (forced-colors: active) {
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
    }
  `,
];
