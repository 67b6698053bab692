import type { Ref } from '../model/types.js';

/** The user picked a record in a `<sale-combobox>`, or cleared it. */
export interface SaleComboboxChangeDetail {
  /** The chosen record as `{ id, name }`, or `null` when the user cleared the field. */
  readonly value: Ref | null;
  /** The company of a picked person, when the search said which it is. */
  readonly company?: Ref;
}

/** The user picked a record in a `<sale-combobox>`, or cleared it. Never fired when the host sets `value`. */
export class SaleComboboxChangeEvent extends CustomEvent<SaleComboboxChangeDetail> {
  static readonly eventName = 'sale-combobox-change';

  constructor(detail: SaleComboboxChangeDetail) {
    super(SaleComboboxChangeEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze(
        detail.company ? { value: detail.value, company: detail.company } : { value: detail.value },
      ),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-combobox-change': SaleComboboxChangeEvent;
  }
}
