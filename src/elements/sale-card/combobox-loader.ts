/**
 * `<sale-combobox>` on demand: the card needs it only when the host gives a `lookup`, so the
 * registering entry (sale-card.js) does not ship it. The first card with a `lookup` starts loading
 * it (not the first edit, so it is ready when the user edits), and every card with one renders
 * again once it is defined. Until then the record fields stay read-only, as without `lookup`:
 * an undefined `<sale-combobox>` would be a dead field.
 */
import { define } from '../../define.js';

const TAG = 'sale-combobox';

/** The load under way or done, once per page; cleared when it fails, so that a later `lookup` tries again. */
let loading: Promise<void> | undefined;

/** Whether `<sale-combobox>` is defined, so the card may render it. */
export function comboboxDefined(): boolean {
  return customElements.get(TAG) !== undefined;
}

/**
 * Loads and registers `<sale-combobox>` unless the page has it already (sales-elements registers
 * it with everything), and asks `card` to render again when it is defined.
 */
export function loadCombobox(card: { requestUpdate(): void }): void {
  if (comboboxDefined()) return;
  loading ??= import('../sale-combobox/sale-combobox.js').then(
    ({ SaleCombobox }) => define(TAG, SaleCombobox),
    // The fields stay read-only (a network failure on a CDN page, say); the next `lookup` retries.
    () => {
      loading = undefined;
    },
  );
  void customElements.whenDefined(TAG).then(() => card.requestUpdate());
}
