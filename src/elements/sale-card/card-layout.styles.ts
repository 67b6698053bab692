import { css } from '../../styles/css.js';

// Comments stay out of the CSS text, which ships as written. The container queries ask the card's
// own width, not the viewport's, so the card fits a side panel or a phone as well as a wide page:
// - Below 32em two 14em columns of fields no longer fit: one column.
// - While editing there, Save and Cancel take one row and the position with Previous and Next the
//   next one, instead of Next wrapping alone.
// - Below 24em the title is a little smaller, so it wraps less beside the three header actions;
//   below 20em (a phone less the page's margins) smaller again, so a word such as "Warehouse"
//   still fits beside them. A longer word moves the actions to a row of their own rather than
//   break (sale-card.styles.ts); only a word wider than the card breaks.
// - From 32em the Add link form lines its inputs up beside one label column sized to the longest
//   label ("Target (web address or record id)" stays on one line).
export const cardLayoutStyles = css`
  @container (inline-size < 32em) {
    .fields {
      grid-template-columns: minmax(0, 1fr);
    }
    .primary ~ .spacer {
      flex-basis: 100%;
    }
  }
  @container (inline-size >= 32em) {
    .add-link .fields {
      grid-template-columns: max-content minmax(0, 1fr);
      align-items: center;
    }
    .add-link .field {
      grid-column: 1 / -1;
      grid-row: auto;
      grid-template-columns: subgrid;
      grid-template-rows: none;
      align-items: center;
    }
  }
  @container (inline-size < 24em) {
    [part~='title'] {
      font-size: var(--sale-card-title-size, 1.125em);
    }
  }
  @container (inline-size < 20em) {
    [part~='title'] {
      font-size: var(--sale-card-title-size, 1em);
    }
  }
`;
