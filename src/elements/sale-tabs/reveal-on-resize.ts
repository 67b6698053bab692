/**
 * Calls `reveal` when the host's width changes after it first showed: a container that narrows
 * would otherwise leave the selected tab scrolled out of the row. The observer only notes the
 * change; `reveal` (which reads and scrolls the row) runs in the next frame, because layout written
 * inside a ResizeObserver callback can raise the page's "ResizeObserver loop" error.
 */
import type { ReactiveControllerHost } from '@lit/reactive-element';

export function revealOnResize(host: ReactiveControllerHost & HTMLElement, reveal: () => void): void {
  // The width last observed; -1 until the first report, which only records it (mounting reveals).
  let width = -1;
  let frame = 0;
  const observer = new ResizeObserver((entries) => {
    const now = entries.at(-1)!.contentRect.width;
    const first = width < 0;
    const changed = now !== width;
    width = now;
    // A change of height alone (another panel shown) leaves the row's width and scroll as they were.
    if (first || !changed || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      reveal();
    });
  });
  host.addController({
    hostConnected: () => observer.observe(host),
    hostDisconnected: () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      frame = 0;
      width = -1;
    },
  });
}
