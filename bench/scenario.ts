/**
 * What a benchmark scenario is. Each file in bench/scenarios/ default-exports one; `npm run bench`
 * finds them by file name, so adding a scenario means adding a file (see tabs-mount.ts).
 */

/** One side of a comparison: our element, or the library we measure it against. */
export interface Contender {
  /** Shown in the table, such as "sale-tabs" or "Shoelace sl-tab-group". */
  label: string;
  /** Loads and registers the code (and any theme). Not timed. */
  load(): Promise<void>;
  /** Optional: builds what the timed `run` starts from (a mounted element). Not timed. */
  setup?(root: HTMLElement): Promise<void>;
  /**
   * Builds the scenario's DOM into `root` (empty and attached) and resolves once every element has
   * rendered (its `updateComplete`). Timed as "mount", with a forced style and layout pass added.
   */
  run(root: HTMLElement): Promise<void>;
  /**
   * Resolves once the user would see the finished state, for a library that completes it later
   * than `run` (after an observer callback, say). Timed, with the next painted frame, as "painted".
   */
  settled?(root: HTMLElement): Promise<void>;
}

export interface Scenario {
  /** One line for the table, such as "mount 300 tab groups x 4 tabs". */
  name: string;
  /** The highest acceptable ratio of our median mount time to theirs (needs `theirs`). */
  budget?: number;
  /** The highest acceptable median mount time of ours, in milliseconds: an absolute goal. */
  budgetMs?: number;
  ours: Contender;
  /** What ours is compared with. Without it the scenario times ours alone against `budgetMs`. */
  theirs?: Contender;
}

export type Side = 'ours' | 'theirs';

/** One measurement, in milliseconds from the start of `run`. */
export interface Timing {
  /** Until `run` resolved and a forced style and layout pass finished. */
  mount: number;
  /** Until `settled` resolved and the next frame was painted. */
  painted: number;
}

/** Gives a scenario file's default export its type. */
export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}

/** Waits for the `updateComplete` of every Lit element in `elements`. */
export async function allUpdated(elements: Iterable<Element>): Promise<void> {
  await Promise.all(
    [...elements].map(
      (element) => (element as Element & { updateComplete: Promise<unknown> }).updateComplete,
    ),
  );
}

/** Resolves at the next animation frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
