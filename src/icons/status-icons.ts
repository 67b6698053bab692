/** Which Phosphor icon stands for each sale status, shared by the status icon and the list's status column. */
import type { SVGTemplateResult } from 'lit';
import { isSaleStatus } from '../model/status.js';
import type { SaleStatus } from '../model/types.js';
import {
  checkBoldIcon,
  currencyCircleDollarIcon,
  questionIcon,
  warningFillIcon,
  xBoldIcon,
} from './phosphor.js';

const STATUS_ICONS = {
  open: currencyCircleDollarIcon,
  sold: checkBoldIcon,
  lost: xBoldIcon,
  stalled: warningFillIcon,
} satisfies Record<SaleStatus, () => SVGTemplateResult>;

/** The icon shapes for a status; a neutral question mark for anything that is not a status. */
export function statusIconShapes(status: unknown): SVGTemplateResult {
  return (isSaleStatus(status) ? STATUS_ICONS[status] : questionIcon)();
}
