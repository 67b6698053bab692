/** The card's keyboard shortcuts in edit mode: Ctrl+S (Cmd+S on macOS) saves, Escape cancels. */

export type CardShortcut = 'save' | 'cancel';

/**
 * The shortcut a keydown means, if any. Escape that something inside already handled (an open
 * menu, list or dialog calls `preventDefault()`) or that comes from a control whose popup is open
 * is not the card's.
 */
export function cardShortcutOf(event: KeyboardEvent): CardShortcut | undefined {
  if (event.defaultPrevented || event.isComposing) return undefined;
  // Either modifier: Cmd+S is the save key on macOS, Ctrl+S elsewhere; neither means anything else here.
  const command = event.ctrlKey !== event.metaKey;
  if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') return 'save';
  if (event.key === 'Escape' && !command && !popupOpenIn(event)) return 'cancel';
  return undefined;
}

function popupOpenIn(event: Event): boolean {
  return event
    .composedPath()
    .some(
      (target) =>
        target instanceof Element &&
        (target.localName === 'dialog' || target.getAttribute('aria-expanded') === 'true'),
    );
}
