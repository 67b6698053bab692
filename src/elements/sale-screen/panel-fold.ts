/**
 * The panel behind its toggle on a narrow screen: open or folded. Open, it sits above the card and
 * pushes it out of view, so once a member is opened from it the panel folds away and the focus that
 * was in the panel goes to the sale (which scrolls it into view).
 */
import type { ReactiveControllerHost } from 'lit';

export class PanelFold {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #open = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  /** Whether the panel shows (it always does while the screen is wide). */
  get open(): boolean {
    return this.#open;
  }

  readonly toggle = (): void => {
    this.#open = !this.#open;
    this.#host.requestUpdate();
  };

  /** After a member opened from the panel: folds it when it covers the card (the toggle shows). */
  async afterPick(): Promise<void> {
    const root = this.#host.shadowRoot;
    const toggle = root?.querySelector('.toggle');
    if (!this.#open || !root || !toggle || getComputedStyle(toggle).display === 'none') return;
    const focusInPanel = root.querySelector('selection-panel')?.matches(':focus-within') ?? false;
    this.#open = false;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (focusInPanel) root.querySelector<HTMLElement>('.main')?.focus();
  }
}
