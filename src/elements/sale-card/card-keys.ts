/** The card's keyboard shortcuts in edit mode: Ctrl+S (Cmd+S on macOS) saves, Escape cancels. */

export type CardShortcut = 'save' | 'cancel';

/**
 * The shortcut a keydown means, if any. Escape that something inside already handled
 * (`preventDefault()`), or that comes from a popup or a control whose popup is open, is not the
 * card's: the card sees keys before the controllers that listen on the element itself.
 */
export function cardShortcutOf(event: KeyboardEvent): CardShortcut | undefined {
  if (event.defaultPrevented || event.isComposing) return undefined;
  // Either modifier: Cmd+S is the save key on macOS, Ctrl+S elsewhere; neither means anything else here.
  const command = event.ctrlKey !== event.metaKey;
  if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') return 'save';
  if (event.key === 'Escape' && !command && !popupOpenIn(event)) return 'cancel';
  return undefined;
}

/** Whether the key comes from a popup (a menu, list or dialog) or a control whose popup is open. */
function popupOpenIn(event: Event): boolean {
  return event
    .composedPath()
    .some(
      (target) =>
        target instanceof Element &&
        (target.localName === 'dialog' ||
          target.getAttribute('aria-expanded') === 'true' ||
          POPUP_ROLES.has(target.getAttribute('role') ?? '')),
    );
}

const POPUP_ROLES = new Set(['menu', 'listbox', 'dialog']);

/**
 * Runs the shortcut `event` means, if any, in place of the browser's own action (Ctrl+S would
 * offer to save the page). Before saving, the focused field is left and entered again: a number or
 * date field takes what was typed on change, which leaving it fires.
 */
export function handleCardShortcut(event: KeyboardEvent, actions: Record<CardShortcut, () => void>): void {
  const shortcut = cardShortcutOf(event);
  if (!shortcut) return;
  event.preventDefault();
  if (shortcut === 'save') {
    const root = (event.currentTarget as Node | null)?.getRootNode() as DocumentOrShadowRoot | undefined;
    const field = root?.activeElement;
    if (field instanceof HTMLElement) {
      field.blur();
      field.focus();
    }
  }
  actions[shortcut]();
}
