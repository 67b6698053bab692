/**
 * How a stage path is drawn: a row of rounded stages, done ones with a check, the current one
 * outlined and bold, later ones with an empty circle. Shared by the sales guide's stage bar and the
 * sale card's summary. The host sets `--_done-color`, `--_current-color`, `--_muted-color` and
 * `--_border-color`; the parts are `stages` (the list) and `stage stage-<position>` (each stage).
 */
import { css } from './css.js';

export const stagePathStyles = css`
  [part~='stages'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    padding: 0;
    list-style: none;
  }
  [part~='stage'] {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.375em 0.75em;
    border: 1px solid var(--_border-color);
    border-radius: 999px;
    background: none;
    color: inherit;
    font: inherit;
  }
  [part~='stage-done'] svg {
    color: var(--_done-color);
  }
  [part~='stage-current'] {
    border-color: var(--_current-color);
    font-weight: 600;
  }
  [part~='stage-current'] svg {
    color: var(--_current-color);
  }
  [part~='stage-upcoming'] svg {
    color: var(--_muted-color);
  }
`;
