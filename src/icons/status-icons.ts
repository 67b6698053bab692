/** Which Phosphor icon stands for each sale status, as Lit shapes for the list's status column. */
import { svg, type SVGTemplateResult } from 'lit';
import { isSaleStatus } from '../model/status.js';
import { STATUS_ICON_PATHS } from './status-icon-paths.js';

/**
 * The icon shapes for a status; a neutral question mark for anything that is not a status. One
 * template whose path is bound: `<sale-status-icon>` draws the same paths with DOM calls, and a
 * bundle with both then carries each path once.
 */
export function statusIconShapes(status: unknown): SVGTemplateResult {
  return svg`<path d=${STATUS_ICON_PATHS[isSaleStatus(status) ? status : 'unknown']} />`;
}
