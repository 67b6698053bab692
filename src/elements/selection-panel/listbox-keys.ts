/**
 * The APG listbox keyboard model of `<selection-panel>` as a pure function, so the element stays
 * small and the rules are tested without a DOM (as `grid-navigation.ts` is for the grid).
 * https://www.w3.org/WAI/ARIA/apg/patterns/listbox/
 *
 * ```ts
 * const action = listboxKeyAction(event.key, modifiersOf(event), state);
 * if (action) event.preventDefault(), action.kind === 'select' ? select(action.position) : activate(action.position);
 * ```
 */

/** What the keys need to know about the list; positions count the shown rows from 0. */
export interface ListboxKeyState {
  /** How many rows are shown. */
  count: number;
  /** The position of the active option (the one aria-activedescendant names), or -1. */
  active: number;
  /** Where the keyboard starts when no option is active: the selected row, else 0. */
  start: number;
  /** Rows PageUp and PageDown move by. */
  page: number;
}

export interface ListboxKeyModifiers {
  alt?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

/** Make the option at `position` active, or select the active option at `position`. */
export type ListboxKeyAction = { kind: 'activate'; position: number } | { kind: 'select'; position: number };

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/**
 * What `key` does, or undefined when the listbox leaves the key alone (unknown keys, keys with
 * Alt, Ctrl or Meta, an empty list). Arrows do not wrap. Without an active option, an arrow or
 * Enter/Space first activates the start row, and PageUp/PageDown move from it. Enter and Space
 * select the active option; the caller prevents their default (Space would scroll the list, Enter
 * could submit a surrounding form), as for every key that gets an action.
 */
export function listboxKeyAction(
  key: string,
  modifiers: ListboxKeyModifiers,
  { count, active, start, page }: ListboxKeyState,
): ListboxKeyAction | undefined {
  if (modifiers.alt || modifiers.ctrl || modifiers.meta || count <= 0) return undefined;
  const last = count - 1;
  const current = active >= 0 && active <= last ? active : -1;
  const from = current >= 0 ? current : clamp(start, 0, last);
  const step = Math.max(1, page);
  const activate = (position: number): ListboxKeyAction => ({
    kind: 'activate',
    position: clamp(position, 0, last),
  });
  switch (key) {
    case 'ArrowDown':
      return activate(current < 0 ? from : current + 1);
    case 'ArrowUp':
      return activate(current < 0 ? from : current - 1);
    case 'Home':
      return activate(0);
    case 'End':
      return activate(last);
    case 'PageDown':
      return activate(from + step);
    case 'PageUp':
      return activate(from - step);
    case 'Enter':
    case ' ':
      return current >= 0 ? { kind: 'select', position: current } : activate(from);
    default:
      return undefined;
  }
}
