/**
 * The grid's rows in a narrow container (below 37.5rem): each row's cells flow on lines instead of
 * the shared column tracks, so nothing scrolls sideways. It stays the same grid for assistive
 * technology and the keyboard: the same roles, rows and cells. The element places its columns with
 * `order` on `.col-<id>`: orders 1 to 3 on the first line, 5 and up after the line break (the row's
 * `::after`, order 4); a text column (`shrinks`) wraps to the next line before it is cut, unless the
 * element gives it `flex-basis: 0`. The element's styles must make it an inline-size container, or
 * contain one.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export const stackedRowStyles = css`
  @container (inline-size < 37.5rem) {
    .grid {
      inline-size: 100%;
    }
    .row:not(.spanning-row) {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      align-content: center;
      column-gap: 0.75rem;
      padding: 0.375rem 0.625rem;
    }
    .row:not(.spanning-row)::after {
      content: '';
      flex-basis: 100%;
      order: 4;
    }
    /* Low specificity, so that the element's .col-<id> orders win. */
    :where(.row:not(.spanning-row)) > .cell {
      flex: none;
      max-inline-size: 100%;
      padding: 0.125rem 0;
      order: 5;
    }
    /* Text takes its own width and wraps to the next line before it is cut. */
    .row:not(.spanning-row) > .shrinks {
      flex: 1 1 auto;
    }
    /* Cells have no inline padding here, so the sort button keeps inside its header. */
    .sort-button {
      margin-inline: 0;
    }
    /* The whole-text reveal would take a line of its own here. */
    .body .shrinks:is(:hover, :focus-visible) {
      inline-size: auto;
      min-inline-size: 0;
    }
  }
`;

/**
 * Cells off the two lines (`cells`, a selector list of the element's own, fixed classes), inside
 * the element's narrow `@container` block: clipped as visually-hidden text is, still cells of the
 * grid (the same roles, counts and keyboard); one shows over the row's last line while it, or its
 * sort button, has focus. Their row must be `position: relative`.
 */
export const offLineCells = (cells: string): CSSResult => css`
  ${unsafeCSS(cells)} {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    clip-path: inset(50%);
  }
  :is(${unsafeCSS(cells)}):focus-within {
    inline-size: auto;
    block-size: auto;
    inset-inline: 0.625rem;
    inset-block-end: 0.25rem;
    clip-path: none;
    background: var(--sale-grid-header-background, var(--_sale-color-grid-header));
  }
`;
