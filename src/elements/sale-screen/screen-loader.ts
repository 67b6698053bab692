/**
 * What `<sale-screen>` reads from its source, and where that stands: the lists and members
 * (loaded on connect and on Retry) and the sale on screen (loaded on every switch). Answers to
 * requests that a newer one replaced are dropped, so a quick Next, Next shows the last sale only.
 */
import type { ReactiveControllerHost } from 'lit';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { isNewSale } from '../../model/normalize.js';
import { firstShownId } from '../../model/selection-walk.js';
import type { Id, Sale } from '../../model/types.js';
import type { SalesLists, SalesSource } from '../../source/sales-source.js';
import { ask, copyList, readLists, readSale } from './screen-inputs.js';
import { saleOf, type SaleState, type SelectionState } from './screen-state.js';

export interface LoaderHost {
  source(): SalesSource | undefined;
  /** The id the host asked for with `selected`, opened first. */
  wanted(): Id | undefined;
  skipCompleted(): boolean;
  /** A rejection as text for an alert. */
  reason(reason: unknown): string;
  /** The sale on screen changed (or started or stopped loading). */
  saleChanged(): void;
}

export class ScreenLoader {
  selection: SelectionState = { kind: 'idle' };
  sale: SaleState = { kind: 'none' };
  lists: SalesLists = { stages: [], saleTypes: [] };
  members: readonly unknown[] = [];
  #request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly screen: LoaderHost,
  ) {}

  /** Whether the screen waits for the selection or a sale. */
  get busy(): boolean {
    return this.selection.kind === 'loading' || this.sale.kind === 'loading';
  }

  /** The sale on screen (also while the next one loads). */
  get shown(): Sale | undefined {
    return saleOf(this.sale);
  }

  /** The member the screen is on: the one loading or failed, else the stored sale shown. */
  get currentId(): Id | undefined {
    if (this.sale.kind === 'loading' || this.sale.kind === 'failed') return this.sale.id;
    const shown = this.shown;
    return shown && !isNewSale(shown) ? shown.id : undefined;
  }

  /** Loads the lists and the members, then opens the wanted or the first shown member. */
  start(): void {
    const source = this.screen.source();
    const request = ++this.#request;
    if (!source) {
      this.selection = { kind: 'idle' };
      this.members = [];
      this.setSale({ kind: 'none' });
      return;
    }
    this.selection = { kind: 'loading' };
    this.host.requestUpdate();
    Promise.all([ask(() => source.lists()), ask(() => source.members())]).then(
      ([lists, members]) => {
        if (request !== this.#request) return;
        this.lists = readLists(lists);
        this.members = copyList(members);
        this.selection = { kind: 'ready' };
        const first = firstShownId(this.members, { skipCompleted: this.screen.skipCompleted() });
        const wanted = this.screen.wanted() ?? first;
        if (wanted !== undefined) void this.load(wanted);
        else this.setSale({ kind: 'none' });
      },
      (reason: unknown) => {
        if (request !== this.#request) return;
        this.selection = { kind: 'failed', message: this.screen.reason(reason) };
        this.host.requestUpdate();
      },
    );
  }

  /** Shows the sale `id` as the source has it; the card is not asked (callers did that). */
  load(id: Id): Promise<void> {
    const source = this.screen.source();
    if (!source) return Promise.resolve();
    const request = ++this.#request;
    this.sale = { kind: 'loading', id, shown: this.shown };
    // Shown as loading only when the answer takes longer than a task: a fast source goes straight
    // to the next sale, without a busy render of every element in between.
    const reveal = setTimeout(() => request === this.#request && this.setSale(this.sale));
    return ask(() => source.sale(id)).then(
      (value) => {
        clearTimeout(reveal);
        if (request !== this.#request) return;
        const { sale, warnings } = readSale(value);
        reportProblems('sale-screen', warnings);
        this.setSale({ kind: 'shown', sale });
      },
      (reason: unknown) => {
        clearTimeout(reveal);
        if (request !== this.#request) return;
        this.setSale({ kind: 'failed', id, message: this.screen.reason(reason) });
      },
    );
  }

  /** Shows `sale` (stored or new) at once; a sale still loading is not awaited any more. */
  show(sale: Sale): void {
    this.#request += 1;
    this.setSale({ kind: 'shown', sale });
  }

  setSale(state: SaleState): void {
    this.sale = state;
    this.screen.saleChanged();
    this.host.requestUpdate();
  }
}
