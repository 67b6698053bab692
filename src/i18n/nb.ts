/** Norwegian bokmål messages (also used for `nn` and `no`). */
import type { Messages } from './en.js';

export const nb: Messages = {
  'status.open': 'Åpent',
  'status.sold': 'Solgt',
  'status.lost': 'Tapt',
  'status.stalled': 'Utsatt',
  'status.unknown': 'Ukjent status',
  overdue: 'Forfalt',
};
