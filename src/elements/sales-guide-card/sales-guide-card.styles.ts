import { css } from 'lit';
import { controlsBase } from '../../styles/shared.js';
import { stagePathStyles } from '../../styles/stage-path.js';

export const salesGuideCardStyles = [
  ...controlsBase,
  stagePathStyles,
  css`
    :host {
      display: block;
      --_done-color: var(--sale-guide-done-color, var(--_sale-color-success));
      --_current-color: var(--sale-guide-current-color, var(--_sale-color-accent));
      --_muted-color: var(--sale-guide-muted-color, var(--_sale-color-text-muted));
      --_border-color: var(--sale-guide-border-color, var(--_sale-color-border));
    }
    :host([hidden]) {
      display: none;
    }
    svg {
      flex: none;
    }
    [part~='stages'] {
      margin: 0 0 1em;
    }
    button[part~='stage'] {
      cursor: pointer;
    }
    button[part~='stage']:hover {
      background: var(--sale-guide-hover-background, var(--_sale-color-surface-hover));
    }
    [part~='status'],
    .message {
      margin: 0 0 1em;
      color: var(--_muted-color);
    }
    [part~='offer'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin: 0 0 1em;
      padding: 0.75em 1em;
      border: 1px solid var(--_current-color);
      border-radius: 0.375em;
    }
    [part~='offer'] p {
      margin: 0;
    }
    [part~='show-all'] {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      margin: 0 0 1em;
    }
    .stage-heading {
      margin: 1em 0 0.5em;
      font-size: 1em;
    }
    [part~='steps'] {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
      gap: 1em 2em;
    }
    .group-heading {
      margin: 0 0 0.5em;
      font-size: 0.875em;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--_muted-color);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part~='step'] {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: start;
      gap: 0 0.5em;
      padding: 0.375em 0;
      border-block-end: 1px solid var(--_border-color);
    }
    [part~='step'] input {
      margin: 0.2em 0 0;
    }
    [part~='step'] .mark {
      display: inline-flex;
      padding-block-start: 0.2em;
    }
    [part~='step-done'] .mark {
      color: var(--_done-color);
    }
    [part~='step-open'] .mark {
      color: var(--_muted-color);
    }
    .purpose {
      display: block;
      font-size: 0.875em;
      color: var(--_muted-color);
    }
    button {
      font: inherit;
    }
    [part~='create'],
    [part~='offer'] button {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
      padding: 0.125em 0.5em;
      border: 1px solid var(--_border-color);
      border-radius: 0.25em;
      background: none;
      color: var(--_current-color);
      cursor: pointer;
    }
    [part~='create']:hover,
    [part~='offer'] button:hover {
      background: var(--sale-guide-hover-background, var(--_sale-color-surface-hover));
    }
    @media (forced-colors: active) {
      [part~='stage'] svg,
      [part~='step'] .mark {
        color: CanvasText;
      }
      [part~='stage-current'] {
        border-color: Highlight;
      }
      [part~='create'],
      [part~='offer'] button {
        color: ButtonText;
        border-color: ButtonText;
      }
    }
  `,
];
