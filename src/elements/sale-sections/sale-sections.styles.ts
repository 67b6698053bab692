import { css } from 'lit';
import { gridStyles } from '../../grid/render-grid.js';
import { offLineCells, stackedRowStyles } from '../../grid/stacked-rows.js';
import { focusRing, visuallyHidden } from '../../styles/shared.js';
import { colorTokens } from '../../styles/tokens.js';
import { gridColorShades } from '../../styles/tokens-grid.js';

export const saleSectionsStyles = [
  colorTokens,
  gridColorShades,
  visuallyHidden,
  focusRing,
  gridStyles,
  stackedRowStyles,
  css`
    :host {
      display: block;
      --_accent-color: var(--sale-sections-accent-color, var(--_sale-color-accent));
      --_muted-color: var(--sale-sections-muted-color, var(--_sale-color-text-muted));
      --_border-color: var(--sale-sections-border-color, var(--_sale-color-border));
      --_overdue-color: var(--sale-sections-overdue-color, var(--_sale-color-warning));
    }
    :host([hidden]) {
      display: none;
    }
    svg {
      flex: none;
    }
    /* The card's surface, as the card's and the list's; its width decides the grids' layout. */
    .surface {
      container-type: inline-size;
      padding: 1em;
      border: 1px solid var(--_border-color);
      border-radius: 0.5em;
      background: var(--sale-sections-background, var(--_sale-color-surface));
    }
    .grid-scroller {
      max-block-size: var(--sale-sections-grid-max-height, 24rem);
    }
    .empty-state {
      display: grid;
      justify-items: center;
      gap: 0.5em;
      padding: 1.5em 1em;
      text-align: center;
    }
    .empty-state > svg {
      font-size: 2em;
      color: var(--_muted-color);
    }
    .empty-state .empty {
      margin: 0;
    }
    /* Narrow: each row on lines, its name first. An activity's title has the first line to itself
       and its date (with Overdue) starts the second; a stakeholder's buttons end the first line. */
    @container (inline-size < 37.5rem) {
      .activities .col-done,
      .stakeholders .col-contact {
        order: 1;
      }
      .activities .col-title {
        order: 2;
      }
      /* The row's name gives way to its buttons on the first line. */
      .body :is(.activities .col-title, .stakeholders .col-contact) {
        flex-basis: 0;
      }
      .stakeholders :is(.col-edit, .col-remove) {
        order: 3;
      }
      /* The checkbox's own width, which the Description header starts after. */
      .activities .body .col-done {
        inline-size: 1.25rem;
      }
      /* The header row is laid out like the rows: the name over the names (after the checkbox and
         the gap when the Completed header is off the lines), the first column of the second line
         over its cells; the other headers' places vary from row to row, so they are off the lines. */
      .head > .row {
        position: relative;
      }
      .activities .head .col-title {
        margin-inline-start: calc(1.25rem + 0.75rem);
      }
      ${offLineCells(
        '.head :is(.activities :is(.col-done, .col-type, .col-company, .col-contact, .col-owner), .stakeholders :is(.col-role, .col-email, .col-phone, .col-edit, .col-remove))',
      )}
    }
    .toolbar {
      display: flex;
      justify-content: flex-end;
      margin-block-end: 0.5em;
    }
    .action {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      padding: 0.375em 0.75em;
      border: 1px solid var(--_border-color);
      border-radius: 0.25em;
      background: none;
      color: var(--_accent-color);
      font: inherit;
      cursor: pointer;
    }
    .action:hover,
    .icon-button:hover {
      background: var(--sale-sections-hover-background, var(--_sale-color-surface-hover));
    }
    .action.danger {
      color: var(--_overdue-color);
    }
    .icon-button {
      display: inline-flex;
      padding: 0.25em;
      border: 0;
      border-radius: 0.25em;
      background: none;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .row.overdue .overdue-date,
    .overdue-date strong {
      color: var(--_overdue-color);
    }
    .overdue-date strong {
      margin-inline-start: 0.25em;
    }
    .comment {
      display: inline-flex;
      vertical-align: middle;
      color: var(--_muted-color);
    }
    .empty,
    .note {
      margin: 0.5em 0;
      color: var(--_muted-color);
    }
    .quote-title {
      display: flex;
      align-items: center;
      gap: 0.375em;
      margin: 0 0 0.75em;
      font-weight: 600;
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
      gap: 0.75em 1.5em;
      margin: 0 0 1em;
    }
    dt {
      font-size: 0.875em;
      color: var(--_muted-color);
    }
    dd {
      margin: 0;
    }
    dialog {
      max-inline-size: min(28rem, calc(100vw - 2rem));
      padding: 1.25em;
      border: 1px solid var(--_border-color);
      border-radius: 0.5em;
      background: var(--sale-sections-dialog-background, Canvas);
      color: CanvasText;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 40%);
    }
    dialog p {
      margin: 0 0 1em;
    }
    .dialog-buttons {
      display: flex;
      justify-content: flex-end;
      gap: 0.5em;
    }
    @media (forced-colors: active) {
      .action,
      .action.danger {
        color: ButtonText;
        border-color: ButtonText;
      }
      .row.overdue .overdue-date,
      .overdue-date strong {
        color: CanvasText;
      }
    }
  `,
];
