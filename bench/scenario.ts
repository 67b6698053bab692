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
  /**
   * Builds the scenario's DOM into `root` (empty and attached) and resolves once every element has
   * rendered. Timed; the harness adds a forced style and layout pass before it stops the clock.
   */
  run(root: HTMLElement): Promise<void>;
}

export interface Scenario {
  /** One line for the table, such as "mount 300 tab groups x 4 tabs". */
  name: string;
  /** The highest acceptable ratio of our median time to theirs. */
  budget: number;
  ours: Contender;
  theirs: Contender;
}

export type Side = 'ours' | 'theirs';

/** Gives a scenario file's default export its type. */
export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}

/** Waits for the `updateComplete` of every Lit element in `elements`. */
export async function allUpdated(elements: Iterable<Element>): Promise<void> {
  await Promise.all([...elements].map((element) => (element as Element & { updateComplete: Promise<unknown> }).updateComplete));
}
