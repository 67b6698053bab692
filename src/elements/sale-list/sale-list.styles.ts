import { css } from 'lit';
import { gridStyles } from '../../grid/render-grid.js';
import { focusRing, visuallyHidden } from '../../styles/shared.js';
import { colorTokens } from '../../styles/tokens.js';
import { gridColorShades, listColorShades } from '../../styles/tokens-grid.js';

export const saleListStyles = [
  colorTokens,
  gridColorShades,
  listColorShades,
  gridStyles,
  focusRing,
  visuallyHidden,
  css`
    :host {
      display: block;
      font: inherit;
      color: inherit;
      --_overdue: var(--sale-list-overdue-color, var(--_sale-color-warning));
      --_border: var(--sale-grid-divider-color, var(--_sale-color-border));
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
    .statuses {
      display: flex;
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
    .overdue,
    .row.overdue [role='rowheader'] {
      color: var(--_overdue);
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
    .activity-title {
      margin-inline-start: 0.25rem;
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
    @media (forced-colors: active) {
      .overdue,
      .row.overdue [role='rowheader'] {
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
