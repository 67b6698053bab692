import { css } from 'lit';
import { focusRing, visuallyHidden } from '../../styles/shared.js';
import { colorTokens } from '../../styles/tokens.js';
import { panelColorShades } from '../../styles/tokens-panel.js';

// Comments stay out of the CSS text, which ships as written. Why the rules are as they are:
// - The listbox is the scroller the virtual rows fill (src/grid/virtual-rows.ts); it takes the room
//   the host gives the panel (flex), else `--sale-selection-panel-list-height`. Every option is
//   exactly `--_option-height` tall (two lines, padding and the divider; nothing wraps, ellipsis),
//   so two empty blocks before and after them (::before, ::after; padding would grow the scroller
//   itself) stand in for the rows not rendered, counted in `--_rows-before` / `--_rows-after`. Scroll anchoring is off: the rows' positions follow from the
//   scroll position alone, and the browser must not move it as rows come and go.
// - DOM focus stays on the listbox (aria-activedescendant), so the ring is drawn on the active
//   option while the listbox has focus, inset so the scroller does not clip it.
// - Overdue is red text and a red bar on the row's start edge plus the word "Overdue": never colour
//   alone. In forced-colours mode the colours go, the word stays and the bar becomes Mark.
export const selectionPanelStyles = [
  colorTokens,
  panelColorShades,
  visuallyHidden,
  focusRing,
  css`
    :host {
      display: block;
      --_overdue: var(--sale-selection-panel-overdue-color, var(--_sale-color-panel-overdue));
      --_muted: var(--sale-selection-panel-muted-color, var(--_sale-color-panel-muted));
      --_divider: var(--sale-selection-panel-divider-color, var(--_sale-color-border));
      --_selected-bg: var(--sale-selection-panel-selected-background, var(--_sale-color-panel-selected));
    }
    :host([hidden]) {
      display: none;
    }
    .panel {
      display: flex;
      flex-direction: column;
      block-size: 100%;
      gap: 0.5em;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 1em;
    }
    [part~='heading'] {
      margin: 0;
      font-size: 1.125em;
      font-weight: 600;
    }
    [part~='count'] {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
      font-variant-numeric: tabular-nums;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
    }
    [part~='search'] {
      display: flex;
      flex: 1 1 12em;
      align-items: center;
      gap: 0.375em;
      padding: 0.25em 0.5em;
      border: 1px solid var(--_divider);
      border-radius: 0.375em;
      background: Field;
      color: FieldText;
    }
    [part~='search']:focus-within {
      outline: 2px solid var(--sale-focus-ring-color, #1a73e8);
      outline-offset: 1px;
    }
    [part~='search'] svg {
      flex: none;
      color: var(--_muted);
    }
    input[type='search'] {
      flex: 1;
      min-inline-size: 0;
      border: 0;
      padding: 0.125em 0;
      background: transparent;
      color: inherit;
      font: inherit;
    }
    input[type='search']:focus {
      outline: none;
    }
    [part~='skip-completed'] {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      font-size: 0.875em;
      cursor: pointer;
    }
    [part~='listbox'] {
      --_option-height: calc(3.25em + 1px);
      flex: 1 1 var(--sale-selection-panel-list-height, 24rem);
      min-block-size: 6rem;
      overflow: hidden auto;
      overflow-anchor: none;
      border: 1px solid var(--_divider);
      border-radius: 0.375em;
      overscroll-behavior: contain;
    }
    [part~='listbox']::before,
    [part~='listbox']::after {
      content: '';
      display: block;
      block-size: calc(var(--_option-height) * var(--_rows-before, 0));
    }
    [part~='listbox']::after {
      block-size: calc(var(--_option-height) * var(--_rows-after, 0));
    }
    [part~='listbox']:focus {
      outline: none;
    }
    [part~='listbox']:focus-visible {
      outline: 2px solid var(--sale-focus-ring-color, #1a73e8);
      outline-offset: 1px;
    }
    [part~='option'] {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: 'icon title badge' '. details details';
      align-items: center;
      align-content: center;
      gap: 0.125em 0.5em;
      box-sizing: border-box;
      block-size: var(--_option-height);
      overflow: hidden;
      padding: 0.375em 0.75em 0.375em 0.625em;
      border-inline-start: 0.25em solid transparent;
      border-block-end: 1px solid var(--_divider);
      cursor: pointer;
      line-height: 1.3;
      user-select: none;
    }
    [part~='option']:hover {
      background: var(--sale-selection-panel-hover-background, var(--_sale-color-surface-hover));
    }
    [part~='option'][aria-selected='true'] {
      background: var(--_selected-bg);
      border-inline-start-color: var(--sale-selection-panel-selected-color, var(--_sale-color-accent));
    }
    [part~='listbox']:focus .active {
      outline: 2px solid var(--sale-focus-ring-color, #1a73e8);
      outline-offset: -2px;
    }
    sale-status-icon {
      grid-area: icon;
    }
    [part~='title'] {
      grid-area: title;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      font-weight: 500;
    }
    [part~='overdue'] {
      grid-area: badge;
      font-size: 0.75em;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.02em;
      color: var(--_overdue);
    }
    [part~='details'] {
      grid-area: details;
      display: flex;
      gap: 0.75em;
      min-inline-size: 0;
      color: var(--_muted);
      font-size: 0.8125em;
      white-space: nowrap;
    }
    .company {
      flex: 1;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .amount {
      font-variant-numeric: tabular-nums;
    }
    [part~='option-overdue'] {
      border-inline-start-color: var(--_overdue);
    }
    [part~='option-invalid'] {
      display: block;
      color: var(--_muted);
      cursor: default;
    }
    [part~='option-overdue'] [part~='title'] {
      color: var(--_overdue);
    }
    [part~='empty'] {
      margin: 0;
      padding: 1.5em 1em;
      border: 1px dashed var(--_divider);
      border-radius: 0.375em;
      color: var(--_muted);
      text-align: center;
    }
    @media (forced-colors: active) {
      [part~='option'][aria-selected='true'] {
        border-inline-start-color: Highlight;
      }
      [part~='option'][aria-selected='true'] [part~='title'] {
        color: Highlight;
      }
      [part~='option-overdue'] {
        border-inline-start-color: Mark;
      }
      [part~='listbox']:focus .active {
        outline-color: CanvasText;
      }
    }
  `,
];
