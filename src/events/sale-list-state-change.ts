/**
 * The event `<sale-list>` fires when the user changes its columns, sort, grouping or filter, so the
 * host can keep the list's state (per user, per screen) and give it back next time.
 */
import type { GridSort } from '../grid/types.js';
import type { SaleFilter } from '../model/filter.js';
import type { GroupBy } from '../model/group.js';

export interface SaleListStateChangeDetail {
  /** The ids of the visible columns, in order. */
  readonly columns: readonly string[];
  /** The sort, or undefined for the host's order. */
  readonly sort: Readonly<GridSort> | undefined;
  readonly groupBy: GroupBy;
  readonly filter: Readonly<SaleFilter>;
}

/** Fired after every change the user makes to columns, sort, grouping or filter; never for property changes. */
export class SaleListStateChangeEvent extends CustomEvent<SaleListStateChangeDetail> {
  static readonly eventName = 'sale-list-state-change';

  constructor(detail: SaleListStateChangeDetail) {
    const filter: Record<string, unknown> = { ...detail.filter };
    for (const key of ['status', 'owners'] as const) {
      if (Array.isArray(filter[key])) filter[key] = Object.freeze([...(filter[key] as unknown[])]);
    }
    super(SaleListStateChangeEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: Object.freeze({
        columns: Object.freeze([...detail.columns]),
        sort: detail.sort ? Object.freeze({ ...detail.sort }) : undefined,
        groupBy: detail.groupBy,
        filter: Object.freeze(filter) as Readonly<SaleFilter>,
      }),
    });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-list-state-change': SaleListStateChangeEvent;
  }
}
