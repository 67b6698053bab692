/**
 * Where `<sale-screen>` is, as two values instead of a set of flags that must agree: the selection
 * (the source's lists and members) and the sale it shows.
 */
import type { Id, Sale } from '../../model/types.js';
import type { StageChange } from '../../model/sale-screen-rules.js';

export type SelectionState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready' };

export type SaleState =
  | { readonly kind: 'none' }
  /** `sale(id)` is on its way; `shown` stays on screen meanwhile. */
  | { readonly kind: 'loading'; readonly id: Id; readonly shown?: Sale }
  /** A stored sale, or a new one (without `id`) being filled in. */
  | { readonly kind: 'shown'; readonly sale: Sale }
  | { readonly kind: 'failed'; readonly id: Id; readonly message: string };

/** A stage picked in the guide while the card had unsaved changes: saved with them. */
export interface PendingStage {
  readonly saleId: Id;
  readonly change: StageChange;
}

/** A notice above the screen: what failed, and what Retry does when it can be retried. */
export interface ScreenNotice {
  readonly message: string;
  readonly tone: 'alert' | 'info';
  readonly retry?: () => void;
}

/** The sale on screen in `state`, if any. */
export function saleOf(state: SaleState): Sale | undefined {
  if (state.kind === 'shown') return state.sale;
  return state.kind === 'loading' ? state.shown : undefined;
}
