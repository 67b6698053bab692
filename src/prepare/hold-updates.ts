/**
 * Holding a Lit element's updates until what they render is here: the texts of a language loaded
 * on demand (src/i18n/define-messages.ts), the code of the card's lazy tabs (card-tabs.ts).
 */

/** The part of Lit's ReactiveElement that `holdUpdates` wraps (protected there). */
interface Scheduling {
  scheduleUpdate(): unknown;
}

/**
 * Makes each of the host's updates wait while `pending()` gives a promise: Lit awaits a promise
 * that `scheduleUpdate()` returns before it renders, and `updateComplete` waits with it. A
 * controller cannot override its host's methods, so this wraps the host's own on the instance,
 * which keeps the waiting in one place rather than in every element. Updates that need not wait
 * (the usual case) run as before, in the same microtask. Hosts may hold for several reasons: each
 * call wraps the previous ones, and an update waits for each in turn. `pending()`'s promise must
 * not reject (it would leave the update undone).
 */
export function holdUpdates(host: HTMLElement, pending: () => Promise<void> | undefined): void {
  const scheduling = host as unknown as Scheduling;
  const schedule = scheduling.scheduleUpdate.bind(host);
  scheduling.scheduleUpdate = () => {
    const waiting = pending();
    return waiting ? waiting.then(schedule) : schedule();
  };
}
