/**
 * Asks the browser to confirm leaving the page (reload, close, another address) while the card
 * holds unsaved changes. The window listener exists only while there is something to lose and the
 * card is on the page: an idle listener would also stop the browser's back/forward cache.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class UnloadGuard implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #dirty: () => boolean;
  #listening = false;

  constructor(host: ReactiveControllerHost & HTMLElement, dirty: () => boolean) {
    this.#host = host;
    this.#dirty = dirty;
    host.addController(this);
  }

  /** Every change of the draft renders the card, so after each render the listener follows it. */
  hostUpdated(): void {
    this.#listen(this.#host.isConnected && this.#dirty());
  }

  hostConnected(): void {
    this.#listen(this.#dirty());
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  #listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) window.addEventListener('beforeunload', this.#onBeforeUnload);
    else window.removeEventListener('beforeunload', this.#onBeforeUnload);
  }

  readonly #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = true;
  };
}
