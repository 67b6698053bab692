/**
 * Code loaded with `import()` the first time it is wanted (the card's lazy tabs, its edit controls):
 * loaded once and kept; a failed load is reported once, and the next time the code is wanted it is
 * tried again. `load()` never rejects, so an update that waits for it (hold-updates.ts) always runs.
 */
import { describeValue } from '../model/describe.js';

export interface OnDemand<T> {
  /** The loaded code; `undefined` while it is not loaded (or failed to load). */
  get(): T | undefined;
  /** Loads it: nothing when it is here, else a promise that resolves once the load succeeded or failed. */
  load(): Promise<void> | undefined;
  /**
   * For tests only: from now on it loads with `replacement`, as if it had never loaded (a failing
   * or slow chunk). Returns a function that puts the real loader back.
   */
  replaceForTests(replacement: () => Promise<T>): () => void;
}

/** `reportFailure` gets the reason of the first failed load, to warn with. */
export function onDemand<T>(
  importer: () => Promise<T>,
  reportFailure: (reason: string) => void,
): OnDemand<T> {
  let loader = importer;
  let value: T | undefined;
  let loading: Promise<void> | undefined;
  let reported = false;
  const forget = () => {
    value = loading = undefined;
    reported = false;
  };
  return {
    get: () => value,
    load() {
      if (value !== undefined) return undefined;
      // `then(loader)` turns a loader that throws into a rejection too.
      loading ??= Promise.resolve()
        .then(loader)
        .then(
          (loaded) => void (value = loaded),
          (error: unknown) => {
            if (reported) return;
            reported = true;
            reportFailure(error instanceof Error ? error.message : describeValue(error));
          },
        )
        .finally(() => (loading = undefined));
      return loading;
    },
    replaceForTests(replacement) {
      loader = replacement;
      forget();
      return () => {
        loader = importer;
        forget();
      };
    },
  };
}
