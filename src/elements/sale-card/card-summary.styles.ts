import { css } from '../../styles/css.js';
import { stagePathStyles } from '../../styles/stage-path.js';

/** The summary strip: the key facts in larger type, and the stage path the sales guide draws too. */
export const cardSummaryStyles = [
  stagePathStyles,
  css`
    [part~='summary'] {
      --_done-color: var(--_sale-color-success);
      --_current-color: var(--_accent);
      --_muted-color: var(--_muted);
      --_border-color: var(--_border);
      display: grid;
      gap: 0.75em;
      padding-block-end: 0.75em;
      border-block-end: 1px solid var(--_border);
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 8em), 1fr));
      gap: 0.5em 1.25em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .facts li {
      display: flex;
      flex-direction: column;
      gap: 0.125em;
      min-inline-size: 0;
    }
    .fact-label {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .fact {
      font-size: 1.125em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      overflow-wrap: anywhere;
    }
    .late {
      color: var(--sale-card-overdue-color, var(--_sale-color-warning));
    }
    [part~='summary'] [part~='stages'] {
      margin: 0;
      font-size: 0.875em;
    }
    @media (forced-colors: active) {
      .late {
        color: Highlight;
      }
    }
  `,
];
