/**
 * One search at a time against the host's `lookup`: waits for a pause in typing, aborts the
 * search it replaces, and ignores answers that come too late. A failing host (a throw, a
 * rejection, an answer that is not a list) gives a state to show, never an unhandled rejection.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reportProblems } from '../../diagnostics/report-problems.js';
import { readLookupResults, type LookupResult } from '../../model/lookup.js';
import { isRecord, readField } from '../../model/normalize-fields.js';
import type { DataWarning } from '../../model/types.js';

/** How long typing must pause before a search starts, in milliseconds. */
export const LOOKUP_DEBOUNCE = 200;

export type SearchState =
  | { kind: 'idle' }
  /** Waiting for the answer; the previous results stay until it comes. */
  | { kind: 'searching'; results: readonly LookupResult[] }
  | { kind: 'done'; results: readonly LookupResult[] }
  | { kind: 'failed' };

const IDLE: SearchState = { kind: 'idle' };

/** Runs one search for `text`; the signal aborts when a newer one replaces it. */
export type RunSearch = (text: string, signal: AbortSignal) => unknown;

const isAbortError = (error: unknown): boolean =>
  isRecord(error) && readField(error, 'name') === 'AbortError';

export class LookupSearch implements ReactiveController {
  state: SearchState = IDLE;
  #timer?: ReturnType<typeof setTimeout>;
  #current?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly run: RunSearch,
  ) {
    host.addController(this);
  }

  /** Searches for `text` after the typing pause (`delay` 0: at once). */
  search(text: string, delay = LOOKUP_DEBOUNCE): void {
    this.#stop();
    const previous = this.state.kind === 'searching' || this.state.kind === 'done' ? this.state.results : [];
    this.state = { kind: 'searching', results: previous };
    this.#timer = setTimeout(() => this.#start(text), delay);
  }

  /** Stops waiting: the pending search is aborted and its answer ignored. */
  cancel(): void {
    this.#stop();
    this.state = IDLE;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#current?.abort();
    this.#current = undefined;
  }

  #start(text: string): void {
    const controller = new AbortController();
    this.#current = controller;
    const { signal } = controller;
    // Inside `then`, so a lookup that throws at once rejects like one that fails later.
    Promise.resolve()
      .then(() => this.run(text, signal))
      .then(
        (answer) => {
          if (signal.aborted) return;
          const warnings: DataWarning[] = [];
          this.state = { kind: 'done', results: readLookupResults(answer, warnings) };
          reportProblems('sale-combobox', warnings);
        },
        (error: unknown) => {
          if (signal.aborted) return;
          // The host aborted its own request: nothing to say.
          this.state = isAbortError(error) ? IDLE : { kind: 'failed' };
        },
      )
      .finally(() => {
        if (this.#current === controller) this.#current = undefined;
        if (!signal.aborted) this.host.requestUpdate();
      });
  }
}
