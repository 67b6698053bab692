/**
 * Holding a Lit element's updates until what they render is here: the texts of a language loaded
 * on demand (src/i18n/define-messages.ts), the code of the card's lazy tabs and of its edit mode
 * (card-tabs.ts).
 */

/** The part of Lit's ReactiveElement that `holdUpdates` wraps (protected there). */
interface Scheduling {
  scheduleUpdate(): unknown;
}

type Pending = () => Promise<void> | undefined;

/** The holds of each host, in the order they were added. */
const holds = new WeakMap<HTMLElement, Pending[]>();

/**
 * Makes each of the host's updates wait while `pending()` gives a promise: Lit awaits a promise
 * that `scheduleUpdate()` returns before it renders, and `updateComplete` waits with it. A
 * controller cannot override its host's methods, so this wraps the host's own on the instance,
 * which keeps the waiting in one place rather than in every element. Updates that need not wait
 * (the usual case) run as before, in the same microtask. Hosts may hold for several reasons: after
 * waiting for some, an update asks the others again, since the host may have changed meanwhile
 * (a sale set while a language loads may need more code); each reason holds an update at most
 * once, so one whose load fails does not retry in a loop. `pending()`'s promise must not reject
 * (it would leave the update undone).
 */
export function holdUpdates(host: HTMLElement, pending: Pending): void {
  let pendings = holds.get(host);
  if (!pendings) {
    pendings = [];
    holds.set(host, pendings);
    const all = pendings;
    const scheduling = host as unknown as Scheduling;
    const schedule = scheduling.scheduleUpdate.bind(host);
    scheduling.scheduleUpdate = () => scheduleWhenReady(all, schedule);
  }
  pendings.push(pending);
}

/**
 * Runs `schedule` once no hold gives a promise. `waited` holds the holds already waited for in this
 * update; it is made only when one waits, so an update with nothing to wait for allocates nothing.
 */
function scheduleWhenReady(all: readonly Pending[], schedule: () => unknown, waited?: Set<Pending>): unknown {
  let waiting: Promise<void>[] | undefined;
  for (const hold of all) {
    const promise = waited?.has(hold) ? undefined : hold();
    if (promise) {
      (waited ??= new Set()).add(hold);
      (waiting ??= []).push(promise);
    }
  }
  return waiting ? Promise.all(waiting).then(() => scheduleWhenReady(all, schedule, waited)) : schedule();
}
