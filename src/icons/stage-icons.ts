/** The icon of a stage in a stage path by its position: a filled check, a filled circle, an empty circle. */
import type { StagePosition } from '../model/guide.js';
import { checkCircleFillIcon, circleFillIcon, circleIcon } from './phosphor.js';

export const STAGE_ICONS = {
  done: checkCircleFillIcon,
  current: circleFillIcon,
  upcoming: circleIcon,
} satisfies Record<StagePosition, unknown>;
