/**
 * The panels of a tabbed element, with the hidden ones built ahead in idle time. Only the shown
 * panel renders at first. When the page is next idle after the first render, every panel renders
 * once; from then on the hidden ones keep their last content without rendering, unslotted, where
 * they are neither laid out nor in the accessibility tree, and catch up when shown. A tab switch
 * then updates a panel rather than building it.
 *
 * Each panel is an element this controller owns and renders into, so a hidden one is simply not
 * rendered. Work queued for idle time is cancelled when the host leaves the page (the queue would
 * otherwise keep a removed element alive) and queued again if it comes back.
 *
 * A panel's code may load on demand (`PanelCode`): the host's updates then wait for the code of
 * the panels they render, and the idle-time preparation loads every panel's code first, so no
 * update ever waits for it; it also starts loading what the panels may need later (`prepare`).
 */
import { nothing, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { holdUpdates } from '../../prepare/hold-updates.js';
import { whenIdle } from '../../prepare/idle.js';

/** How the code of the panels loads, when some of it loads on demand. */
export interface PanelCode<Tab extends string> {
  /** Loads the code of `tabs`: nothing when it is here, else a promise that never rejects. */
  load(tabs: readonly Tab[]): Promise<void> | undefined;
  /** Whether the host's next render shows every panel (a print-out), not only the shown one. */
  rendersAll(): boolean;
  /** Starts loading code the panels may need later (another mode's), in the preparation's idle time. */
  prepare?(): void;
}

export class PreparedPanels<Tab extends string> implements ReactiveController {
  /** The tab whose panel is shown. */
  selected: Tab;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #tabs: readonly Tab[];
  readonly #panels = new Map<Tab, HTMLElement>();
  /** The panels the last render brought up to date; the others show what they showed before. */
  readonly #current = new Set<Tab>();
  /** Whether every panel has been built (the idle-time preparation has run). */
  #prepared = false;
  /** Whether this render is the one that builds every panel. */
  #preparing = false;
  #cancelQueued?: () => void;
  readonly #code?: PanelCode<Tab>;
  /** The idle-time preparation's load of every panel's code, while under way. */
  #loading?: Promise<void>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    tabs: readonly Tab[],
    selected: Tab,
    code?: PanelCode<Tab>,
  ) {
    this.#host = host;
    this.#tabs = tabs;
    this.selected = selected;
    this.#code = code;
    host.addController(this);
    if (code) holdUpdates(host, () => code.load(code.rendersAll() ? tabs : [this.selected]));
  }

  /**
   * While the idle-time preparation loads the panels' code: a promise that resolves once it has
   * and the update that builds the panels is requested.
   */
  get loading(): Promise<void> | undefined {
    return this.#loading;
  }

  /**
   * The panels for the host's render, in tab order, each an element with `slot` set to its tab;
   * `nothing` in the place of one not built yet. A panel keeps its place, so its DOM never moves
   * (a move would take the focus out of a field being typed in).
   */
  render(renderTab: (tab: Tab) => unknown): (HTMLElement | typeof nothing)[] {
    this.#current.clear();
    return this.#tabs.map((tab) => {
      const shown = tab === this.selected;
      if (!shown && !this.#prepared) return nothing;
      const panel = this.#panel(tab);
      if (shown || this.#preparing) {
        render(renderTab(tab), panel, { host: this.#host });
        this.#current.add(tab);
      }
      return panel;
    });
  }

  /**
   * The user switched to `tab` (the switch took place): a panel that missed updates catches up, and
   * one whose code is not here (it failed to load) tries again.
   */
  show(tab: Tab): void {
    this.selected = tab;
    if (!this.#current.has(tab) || this.#code?.load([tab])) this.#host.requestUpdate();
  }

  hostConnected(): void {
    // Back on the page before the preparation ran: queue it again.
    if (this.#panels.size > 0) this.#queuePreparation();
  }

  hostUpdated(): void {
    this.#preparing = false;
    this.#queuePreparation();
  }

  hostDisconnected(): void {
    this.#cancelQueued?.();
    this.#cancelQueued = undefined;
  }

  #queuePreparation(): void {
    if (this.#prepared || this.#cancelQueued || this.#loading || !this.#host.isConnected) return;
    this.#cancelQueued = whenIdle(() => {
      this.#cancelQueued = undefined;
      this.#code?.prepare?.();
      const loading = this.#code?.load(this.#tabs);
      if (!loading) return this.#prepare();
      this.#loading = loading.then(() => {
        this.#loading = undefined;
        // Left the page meanwhile: prepare when it comes back (hostConnected).
        if (this.#host.isConnected) this.#prepare();
      });
    });
  }

  #prepare(): void {
    this.#prepared = this.#preparing = true;
    this.#host.requestUpdate();
  }

  #panel(tab: Tab): HTMLElement {
    let panel = this.#panels.get(tab);
    if (!panel) {
      panel = document.createElement('div');
      panel.slot = tab;
      panel.className = 'panel';
      this.#panels.set(tab, panel);
    }
    return panel;
  }
}
