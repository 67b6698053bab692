import { css } from 'lit';
import { focusRing, visuallyHidden } from '../../styles/shared.js';
import { colorTokens } from '../../styles/tokens.js';
import { cardColorShades } from '../../styles/tokens-card.js';
import { cardLayoutStyles } from './card-layout.styles.js';
import { cardSummaryStyles } from './card-summary.styles.js';

export const saleCardStyles = [
  colorTokens,
  cardColorShades,
  visuallyHidden,
  focusRing,
  ...cardSummaryStyles,
  css`
    :host {
      display: block;
      --_accent: var(--sale-card-accent-color, var(--_sale-color-accent));
      --_muted: var(--sale-card-muted-color, var(--_sale-color-card-muted));
      --_border: var(--sale-card-border-color, var(--_sale-color-border));
      --_danger: var(--sale-card-danger-color, var(--_sale-color-danger));
      --_surface: var(--sale-card-background, var(--_sale-color-surface));
      color: var(--sale-card-color, inherit);
      font: inherit;
    }
    :host([hidden]) {
      display: none;
    }
    [part~='card'] {
      display: flex;
      flex-direction: column;
      gap: 0.75em;
      padding: var(--sale-card-padding, 1em);
      border: 1px solid var(--_border);
      border-radius: var(--sale-card-radius, 8px);
      background: var(--_surface);
      container-type: inline-size;
    }
    [part~='header'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    .actions {
      display: flex;
      flex: none;
      margin-inline-start: auto;
      align-items: center;
    }
    .action-space {
      inline-size: 2.25em;
      font-size: 1.125em;
    }
    [part~='title'] {
      flex: 1;
      max-inline-size: calc(100% - 2em);
      margin: 0;
      font-size: var(--sale-card-title-size, 1.25em);
      overflow-wrap: break-word;
    }
    sale-status-icon {
      font-size: 1.5em;
      flex: none;
    }
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
    }
    input:not([type='checkbox']),
    select,
    textarea {
      box-sizing: border-box;
      inline-size: 100%;
      padding: 0.375em 0.5em;
      border: 1px solid var(--_border);
      border-radius: 4px;
      background: var(--sale-card-field-background, var(--_sale-color-field));
    }
    textarea {
      resize: vertical;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
      box-shadow: inset 0 -2px 0 var(--_danger);
    }
    .button,
    .icon-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 0.375em;
      min-block-size: 2.25em;
      padding: 0.25em 0.875em;
      border: 1px solid var(--_border);
      border-radius: 4px;
      background: transparent;
      cursor: pointer;
    }
    .icon-button {
      min-inline-size: 2.25em;
      padding: 0.25em;
      border-color: transparent;
      font-size: 1.125em;
    }
    .button:hover:not(:disabled),
    .icon-button:hover:not(:disabled) {
      background: var(--sale-card-hover-background, var(--_sale-color-surface-hover));
    }
    .button.primary {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--sale-card-on-accent-color, var(--_sale-color-on-accent));
    }
    .button.danger {
      border-color: var(--_danger);
      color: var(--_danger);
    }
    button:disabled,
    [aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .favourite[aria-pressed='true'] {
      color: var(--sale-card-favourite-color, light-dark(#a86b00, #ffd54f));
    }
    .link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
      text-align: start;
      white-space: normal;
    }
    a {
      color: var(--_accent);
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
      gap: 0.75em 1.25em;
      margin: 0;
    }
    .field {
      display: grid;
      grid-row: span 3;
      grid-template-rows: subgrid;
      row-gap: 0.25em;
      min-inline-size: 0;
    }
    .field.wide {
      grid-column: 1 / -1;
    }
    .field.checkbox {
      grid-template-columns: auto 1fr;
      align-items: center;
      justify-items: start;
      column-gap: 0.375em;
    }
    .field.checkbox > :is(input, label) {
      grid-row: 2;
    }
    .field-notes {
      grid-column: 1 / -1;
    }
    .field > .value {
      padding-block: calc(0.375em + 1px);
    }
    .field > .value > .link {
      margin-block: calc(-0.375em - 1px);
      padding-block: calc(0.375em + 1px);
    }
    dt,
    label,
    .label {
      color: var(--_muted);
      font-size: 0.875em;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    .with-unit {
      display: flex;
      gap: 0.375em;
    }
    .with-unit select {
      inline-size: auto;
    }
    .overdue {
      color: var(--sale-card-overdue-color, var(--_sale-color-warning));
    }
    .badge {
      font-weight: 600;
    }
    .error,
    [part~='error'] {
      margin: 0;
      color: var(--_danger);
    }
    .hint,
    .empty,
    [part~='position'] {
      margin: 0;
      color: var(--_muted);
    }
    [part~='error']:empty,
    [part~='notice']:empty {
      display: none;
    }
    [part~='notice'] {
      margin: 0;
      padding: 0.5em 0.75em;
      border-inline-start: 3px solid var(--_accent);
    }
    .use-theirs {
      justify-self: start;
      margin-block-start: 0.5em;
    }
    .notes {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .links {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .links li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    .kind,
    .date {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .remove {
      color: var(--_danger);
    }
    .add-link {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.75em;
      margin: 1em 0 0;
      border: 1px solid var(--_border);
      border-radius: 4px;
    }
    .add-link .fields {
      align-self: stretch;
    }
    [part~='footer'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }
    .spacer {
      flex: 1;
    }
    .steps {
      display: flex;
      gap: 0.5em;
      margin-inline-start: auto;
    }
    [part~='position'] {
      flex-grow: 1;
      text-align: end;
      white-space: nowrap;
    }
    .menu-anchor {
      position: relative;
    }
    [part~='menu'] {
      position: absolute;
      inset-block-start: 100%;
      inset-inline-end: 0;
      z-index: 1;
      min-inline-size: 14em;
      padding: 0.25em 0;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_surface);
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    }
    [part~='menu'][hidden] {
      display: none;
    }
    [role^='menuitem'] {
      display: flex;
      align-items: center;
      gap: 0.5em;
      padding: 0.5em 0.75em;
      cursor: pointer;
      white-space: nowrap;
    }
    [role^='menuitem']:hover,
    [role^='menuitem']:focus {
      background: var(--sale-card-hover-background, var(--_sale-color-surface-hover));
    }
    [role^='menuitem']:focus-visible {
      outline-offset: -2px;
    }
    [role^='menuitem'].danger {
      color: var(--_danger);
    }
    .check {
      display: inline-flex;
      inline-size: 1em;
    }
    dialog {
      max-inline-size: min(28em, calc(100vw - 2em));
      padding: 1.25em;
      border: 1px solid var(--_border);
      border-radius: 8px;
      background: var(--_surface);
      color: inherit;
    }
    dialog h2 {
      margin: 0 0 0.5em;
      font-size: 1.125em;
    }
    .dialog-actions {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 0.5em;
      margin-block-start: 1em;
    }
    form {
      display: contents;
    }
    .loading {
      margin: 0;
      color: var(--_muted);
    }
    .no-sale [part~='title'] {
      color: var(--_muted);
      font-weight: normal;
    }
    .print-view {
      display: none;
    }
    @media print {
      [part~='footer'],
      .actions,
      sale-tabs {
        display: none;
      }
      .print-view {
        display: block;
      }
      [part~='card'] {
        border: 0;
      }
    }
    @media (forced-colors: active) {
      .button.primary {
        border-color: ButtonText;
      }
      .favourite[aria-pressed='true'],
      .overdue {
        color: Highlight;
      }
      [role^='menuitem']:focus {
        outline: 2px solid Highlight;
      }
    }
  `,
  cardLayoutStyles,
];
