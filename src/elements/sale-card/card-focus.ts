/** Where the card puts the focus (`sale-card.focus()`, Edit, Cancel), and how it waits for a control still to come. */
import type { ReactiveElement } from 'lit';

/** The first enabled field of a tab's panel. */
export const firstFieldOf = (tab: string) =>
  `.panel[slot="${tab}"] :is(input, select, textarea):not(:disabled)`;

/** The card's first control in view mode: the favourite star, the first button of its header. */
export const FIRST_CONTROL = 'button';

/**
 * Focuses the control that `selector` names in `card`. One not rendered yet (a sale set just now,
 * the edit controls still loading) gets the focus once it is there, unless the focus moved meanwhile:
 * the user may have gone on.
 */
export function focusControl(card: ReactiveElement, selector: () => string, options?: FocusOptions): void {
  const find = () => card.renderRoot.querySelector<HTMLElement>(selector());
  const control = card.isUpdatePending ? null : find();
  if (control) return control.focus(options);
  const before = document.activeElement;
  void card.updateComplete.then(() => {
    if (document.activeElement === before) find()?.focus(options);
  });
}
