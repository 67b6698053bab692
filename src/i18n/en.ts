/**
 * English messages: the reference catalogue. Every other catalogue must have the same keys, which
 * the `Messages` type enforces. `{name}` placeholders are filled by `LocaleController.t()`.
 */
export const en = {
  'status.open': 'Open',
  'status.sold': 'Sold',
  'status.lost': 'Lost',
  'status.stalled': 'Stalled',
  'status.unknown': 'Unknown status',
  overdue: 'Overdue',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
