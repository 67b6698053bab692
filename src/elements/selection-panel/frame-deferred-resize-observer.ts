/**
 * A ResizeObserver that hands its notifications over in the next animation frame instead of in
 * the current one, for @lit-labs/virtualizer.
 *
 * Why: the virtualizer answers a size notification by laying rows out again in a microtask, which
 * still runs inside the browser's ResizeObserver delivery. It moves rows, sizes its scroller and
 * observes rows it has just created, so new notifications arise at a shallower depth than the
 * ones being delivered; Chromium then gives up and reports "ResizeObserver loop completed with
 * undelivered notifications" as a window `error` event on the host page. Delivered a frame later,
 * the same notifications trigger the same layout writes outside the delivery, so no loop exists.
 */
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';

export class FrameDeferredResizeObserver implements ResizeObserver {
  readonly #observer: ResizeObserver;
  /** The latest entry per observed element since the last delivery. */
  #pending = new Map<Element, ResizeObserverEntry>();
  #frame = 0;

  constructor(callback: ResizeObserverCallback) {
    this.#observer = new ResizeObserver((entries) => {
      for (const entry of entries) this.#pending.set(entry.target, entry);
      if (this.#frame !== 0) return;
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        const delivered = [...this.#pending.values()];
        this.#pending.clear();
        if (delivered.length > 0) callback(delivered, this);
      });
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.#observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.#pending.delete(target);
    this.#observer.unobserve(target);
  }

  disconnect(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#pending.clear();
    this.#observer.disconnect();
  }
}

let provided = false;

/**
 * Makes @lit-labs/virtualizer use `FrameDeferredResizeObserver` for the virtualizers it creates
 * from now on; called before a panel first renders, not at import. The virtualizer reads this
 * module-level setting (its documented hook for a ResizeObserver polyfill), so a host's own
 * virtualizers that share this copy of the package get the same, harmless, one-frame deferral.
 */
export function deferVirtualizerResizeNotifications(): void {
  if (provided || typeof ResizeObserver === 'undefined') return;
  provided = true;
  provideResizeObserver(FrameDeferredResizeObserver);
}
