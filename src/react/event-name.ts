/** The name of one of our events, typed with its class, for a wrapper's `events` (`onSaleSave`). */
import type { EventName } from '@lit/react';

/** `eventName(SaleSaveEvent)` is `'sale-save'`, typed so that `onSaleSave` receives a `SaleSaveEvent`. */
export const eventName = <E extends Event>(event: { readonly eventName: string; prototype: E }) =>
  event.eventName as EventName<E>;
