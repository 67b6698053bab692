import { css } from 'lit';
import { gridStyles } from '../../grid/render-grid.js';
import { offLineCells, stackedRowStyles } from '../../grid/stacked-rows.js';
import { focusRing, visuallyHidden } from '../../styles/shared.js';
import { colorTokens } from '../../styles/tokens.js';
import { gridColorShades, listColorShades } from '../../styles/tokens-grid.js';

export const saleListStyles = [
  colorTokens,
  gridColorShades,
  listColorShades,
  gridStyles,
  stackedRowStyles,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      font: inherit;
      color: inherit;
      --_overdue: var(--sale-list-overdue-color, var(--_sale-color-warning));
      --_border: var(--sale-grid-divider-color, var(--_sale-color-border));
      /* Its own width, not the viewport's, picks the row layout (stacked-rows.ts). */
      container-type: inline-size;
    }
    :host([hidden]) {
      display: none;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: end;
      justify-content: space-between;
      padding-block-end: 0.75rem;
    }
    .filter,
    .view-options {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 0.75rem;
      align-items: end;
    }
    /* Two groups: the filters take the room they need and wrap inside their own group; Group by
       and Columns stay together, at the end of the line they share or the line of their own. */
    .filter {
      flex: 1 1 auto;
      min-inline-size: 0;
    }
    .view-options {
      flex: none;
      flex-wrap: nowrap;
      margin-inline-start: auto;
    }
    @container (inline-size < 37.5rem) {
      .filter .field:first-of-type {
        flex: 1 1 100%;
      }
      .filter .field:first-of-type input {
        inline-size: 100%;
        box-sizing: border-box;
      }
    }
    .filter-icon {
      align-self: center;
    }
    .field {
      display: grid;
      gap: 0.125rem;
      font-size: 0.875em;
    }
    input,
    select,
    button {
      font: inherit;
      color: inherit;
    }
    input[type='search'],
    input[type='date'],
    select {
      padding: 0.25rem 0.375rem;
      border: 1px solid var(--_border);
      border-radius: 0.25rem;
      background: var(--sale-list-input-background, var(--_sale-color-surface));
    }
    /* A fieldset is at least as wide as its content unless told otherwise: in a narrow list the
       checkboxes wrap instead of running past its edge. */
    .statuses {
      display: flex;
      flex-wrap: wrap;
      min-inline-size: 0;
      gap: 0.5rem;
      border: 0;
      padding: 0;
      margin: 0;
      font-size: 0.875em;
    }
    .statuses legend {
      padding: 0;
      margin-block-end: 0.125rem;
    }
    .check {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
    }
    .clear,
    .columns-button,
    .owners-button {
      display: inline-flex;
      gap: 0.25rem;
      align-items: center;
      padding: 0.25rem 0.625rem;
      border: 1px solid var(--_border);
      border-radius: 0.25rem;
      background: none;
      cursor: pointer;
    }
    .range-problem {
      margin: 0;
      align-self: center;
      font-size: 0.875em;
      color: var(--_sale-color-danger);
    }
    .clear:disabled {
      cursor: default;
      opacity: 0.6;
    }
    .menu-anchor {
      position: relative;
    }
    .popup-menu {
      position: absolute;
      inset-inline-end: 0;
      inset-block-start: calc(100% + 0.25rem);
      z-index: 3;
      min-inline-size: 12rem;
      max-block-size: 20rem;
      overflow: auto;
      padding: 0.25rem;
      border: 1px solid var(--_border);
      border-radius: 0.375rem;
      background: var(--sale-list-menu-background, var(--_sale-color-menu));
      box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
    }
    .owners-menu {
      inset-inline: 0 auto;
    }
    .popup-menu[hidden] {
      display: none;
    }
    [role='menuitemcheckbox'] {
      display: flex;
      gap: 0.5rem;
      padding: 0.25rem 0.5rem;
      cursor: pointer;
      border-radius: 0.25rem;
    }
    [role='menuitemcheckbox'][aria-disabled='true'] {
      opacity: 0.6;
      cursor: default;
    }
    [role='menuitemcheckbox']:hover,
    [role='menuitemcheckbox']:focus-visible {
      background: var(--sale-grid-hover-background, var(--_sale-color-menu-hover));
    }
    .check-mark {
      inline-size: 1em;
    }
    .grid-scroller {
      max-block-size: var(--sale-list-max-height, 70vh);
      border: 1px solid var(--_border);
      border-radius: 0.375rem;
    }
    /* Only the late date and its word: not the row (.row.overdue), not the amount. */
    .cell .overdue,
    .overdue-word {
      color: var(--_overdue);
    }
    /* "Total: 3 sales" runs on over the empty cells beside it. */
    .totals-row > [role='rowheader'] {
      overflow: visible;
    }
    /* The status column's icon: the colours and custom properties of <sale-status-icon>. */
    .status-icon {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      line-height: 0;
      vertical-align: -0.125em;
    }
    .status-icon svg {
      inline-size: 1em;
      block-size: 1em;
    }
    .status-icon.open {
      color: var(--sale-status-open-color, currentColor);
    }
    .status-icon.sold {
      color: var(--sale-status-sold-color, var(--_sale-color-success));
    }
    .status-icon.lost {
      color: var(--sale-status-lost-color, var(--_sale-color-status-neutral));
    }
    .status-icon.stalled {
      color: var(--sale-status-stalled-color, var(--_sale-color-warning));
    }
    .status-icon.unknown {
      color: var(--sale-status-unknown-color, var(--_sale-color-status-neutral));
    }
    .overdue-word {
      font-weight: 600;
      margin-inline: 0.25rem;
    }
    /* The next activity's date (and Overdue) shows whole; its title gives way and takes the ellipsis. */
    .body .col-nextActivity {
      display: flex;
      align-items: baseline;
      gap: 0.25rem;
    }
    .col-nextActivity > * {
      flex: none;
    }
    .col-nextActivity > .activity-title {
      flex: 1 1 0;
      inline-size: 0;
      min-inline-size: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .body .col-nextActivity:is(:hover, :focus-visible) > .activity-title {
      flex: none;
      inline-size: auto;
    }
    .group-row {
      background: var(--sale-list-group-background, var(--_sale-color-group));
      font-weight: 600;
    }
    .group-summary {
      font-weight: normal;
      margin-inline-start: 0.75rem;
    }
    .totals-row {
      font-weight: 600;
      background: var(--sale-grid-header-background, var(--_sale-color-grid-header));
    }
    .foot {
      position: sticky;
      inset-block-end: 0;
      z-index: 1;
    }
    .sum-lines {
      display: grid;
    }
    .empty {
      padding: 1rem;
      text-align: center;
    }
    /* Narrow: status, title and amount, then sale date, stage and next activity; rows keep one
       (taller) height, which the virtual body reads from the rows. Other columns sit on a third,
       clipped line, still cells of the grid; one shows over the second line while it has focus. */
    @container (inline-size < 37.5rem) {
      .grid-scroller {
        --_grid-row-height: calc(2.75em + 1.5rem);
      }
      :is(.head, .body) > .row:not(.spanning-row) {
        position: relative;
        block-size: var(--_grid-row-height);
        overflow: clip;
      }
      .col-status {
        order: 1;
      }
      .col-title {
        order: 2;
      }
      .col-amount {
        order: 3;
      }
      .col-saleDate {
        order: 5;
      }
      .col-stage {
        order: 6;
      }
      .col-nextActivity {
        order: 7;
      }
      /* Its date stays whole on the line too. */
      .body .col-nextActivity {
        min-inline-size: auto;
        overflow: clip;
      }
      .body .col-nextActivity:is(:hover, :focus-visible) > .activity-title {
        flex: 1 1 0;
        inline-size: 0;
      }
      /* The word Overdue, clipped to a round "!" badge for the eye, is still read out whole. */
      .overdue-word {
        position: relative;
        display: inline-block;
        vertical-align: -0.125em;
        box-sizing: border-box;
        inline-size: 1em;
        block-size: 1em;
        margin-inline: 0.125rem;
        border: 0.1em solid var(--_overdue);
        border-radius: 50%;
        overflow: hidden;
        color: transparent;
      }
      .overdue-word::before {
        content: '!' / '';
        position: absolute;
        inset: 0;
        display: grid;
        place-items: center;
        color: var(--_overdue);
        font-size: 0.7em;
        line-height: 1;
      }
      @media (forced-colors: active) {
        .cell .overdue-word {
          forced-color-adjust: none;
          color: transparent;
          border-color: CanvasText;
        }
        .overdue-word::before {
          color: CanvasText;
        }
      }
      /* A group heading or the empty message spans the row: one track, its text on up to two lines. */
      .spanning-row {
        grid-template-columns: minmax(0, 1fr);
      }
      .spanning-cell {
        white-space: normal;
      }
      /* Off the two lines: the other columns' cells, headers included. */
      ${offLineCells(
        '.cell:not(.spanning-cell, .col-status, .col-title, .col-amount, .col-saleDate, .col-stage, .col-nextActivity)',
      )}
      /* Two lines and no more: a sale's texts give way rather than wrap. */
      :is(.body, .foot) > .row > .shrinks {
        flex-basis: 0;
      }
    }
    @media (forced-colors: active) {
      .cell .overdue,
      .overdue-word {
        color: LinkText;
      }
      .popup-menu {
        border-color: CanvasText;
      }
      .status-icon {
        color: CanvasText;
      }
    }
  `,
];
