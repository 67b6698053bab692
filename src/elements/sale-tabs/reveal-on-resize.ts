/**
 * Calls `reveal` when the host's width changes after it first showed: a container that narrows
 * would otherwise leave the selected tab scrolled out of the row. The observer only notes the
 * change; `reveal` (which reads and scrolls the row) runs in the next frame, because layout written
 * inside a ResizeObserver callback can raise the page's "ResizeObserver loop" error.
 */
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

export class RevealOnResize implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #reveal: () => void;
  #observer?: ResizeObserver;
  /** The width last observed; -1 until the first report, which only records it (mounting reveals). */
  #width = -1;
  #frame = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, reveal: () => void) {
    this.#host = host;
    this.#reveal = reveal;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((entries) => this.#resized(entries.at(-1)!.contentRect.width));
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#width = -1;
  }

  #resized(width: number): void {
    const first = this.#width < 0;
    const changed = width !== this.#width;
    this.#width = width;
    // A change of height alone (another panel shown) leaves the row's width and scroll as they were.
    if (first || !changed || this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#reveal();
    });
  }
}
