import { css } from 'lit';
import { controlsBase } from '../../styles/shared.js';

/**
 * The panel beside the card on a wide screen; below 55em of the screen's own width (a container
 * query, so a narrow column of a wide page folds it too) the panel folds behind a toggle and the
 * bar, the panel, the card and the detail cards stack in one column. 55em is the panel's widest
 * column (22rem), the gap and the 32em the card needs for two columns of fields. The card's column
 * is `minmax(0, 1fr)`, so a card whose content is wider than the screen is held to it and lays
 * itself out by its own container queries instead of pushing past the screen's edge. The section
 * the screen focuses when a switch took the focus away (`.main`) shows the focus ring after a key
 * press, like any control (so it has no `outline: none`).
 */
export const saleScreenStyles = [
  ...controlsBase,
  css`
    :host {
      display: block;
      --_gap: var(--sale-screen-gap, 1rem);
      --_border-color: var(--sale-screen-border-color, var(--_sale-color-border));
      --_accent-color: var(--sale-screen-accent-color, var(--_sale-color-accent));
      --_danger-color: var(--sale-screen-danger-color, var(--_sale-color-danger));
    }
    :host([hidden]) {
      display: none;
    }
    .screen {
      container: sale-screen / inline-size;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(15rem, var(--sale-screen-panel-width, 22rem)) minmax(0, 1fr);
      grid-template-areas: 'bar bar' 'notices notices' 'side main';
      gap: var(--_gap);
      align-items: start;
    }
    .bar {
      grid-area: bar;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .notices {
      grid-area: notices;
    }
    .notices:not(:has(.notice)) {
      display: none;
    }
    .side {
      grid-area: side;
    }
    .main {
      grid-area: main;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_gap);
      min-inline-size: 0;
    }
    .toggle {
      display: none;
    }
    button {
      font: inherit;
      color: var(--_accent-color);
      background: transparent;
      border: 1px solid var(--_border-color);
      border-radius: 4px;
      padding: 0.35em 0.9em;
      cursor: pointer;
    }
    .notice {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin: 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_danger-color);
      border-radius: 4px;
    }
    .notice p {
      margin: 0;
      color: var(--_danger-color);
    }
    .notice.info {
      border-color: var(--_accent-color);
    }
    .notice.info p {
      color: inherit;
    }
    @container sale-screen (inline-size < 55em) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'bar' 'notices' 'side' 'main';
      }
      .toggle {
        display: inline-block;
      }
      .side:not(.open) {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .notice {
        border-color: CanvasText;
      }
    }
  `,
];
