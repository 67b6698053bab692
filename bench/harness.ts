/**
 * The in-page half of `npm run bench`: loads one scenario and times one side of it. bench/run.mjs
 * opens index.html in a fresh page per measurement and calls `window.bench`.
 */
import { mountAndRemove, type MemoryResult } from './memory.js';
import { nextFrame, type Scenario, type Side, type Timing } from './scenario.js';

export interface ScenarioInfo {
  name: string;
  budget?: number;
  budgetMs?: number;
  ours: string;
  /** Undefined for a scenario that times ours alone. */
  theirs?: string;
}

declare global {
  interface Window {
    bench: {
      describe(file: string): Promise<ScenarioInfo | undefined>;
      measure(file: string, side: Side): Promise<Timing>;
      mountAndRemove(element: string, cycles: number): Promise<MemoryResult>;
    };
    /** Present when Chromium runs with --js-flags=--expose-gc. */
    gc?: () => void;
  }
}

/** The scenario a file default-exports; undefined for a helper module that shares code between scenarios. */
async function scenario(file: string): Promise<Scenario | undefined> {
  const module = (await import(`./scenarios/${file}.ts`)) as { default?: Scenario };
  return module.default;
}

/** Resolves after the next frame has been painted: a task queued from the frame's callbacks. */
async function nextPaint(): Promise<void> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve));
}

window.bench = {
  mountAndRemove,

  async describe(file) {
    const found = await scenario(file);
    if (!found) return undefined;
    const { name, budget, budgetMs, ours, theirs } = found;
    return { name, budget, budgetMs, ours: ours.label, theirs: theirs?.label };
  },

  async measure(file, side) {
    const contender = (await scenario(file))?.[side];
    if (!contender) throw new Error(`The scenario ${file} has no "${side}" side.`);
    await contender.load();
    const root = document.createElement('div');
    document.body.append(root);
    await contender.setup?.(root);
    // The clock starts once the page is idle, as when a host has loaded the library and waits for
    // its data: loading, parsing, the first paint and idle-time work (the elements load the
    // browser's locale data then) are done. bench/scenarios/sale-card-cold.ts times the other case.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => requestIdleCallback(resolve));
    await nextPaint();
    window.gc?.();

    // The marks let a trace (DevTools, or tmp profiling scripts) find the timed window.
    performance.mark('bench:start');
    const start = performance.now();
    await contender.run(root);
    // Style and layout are part of mounting: force them inside the measurement.
    void document.body.offsetHeight;
    const mount = performance.now() - start;
    performance.mark('bench:mounted');
    await contender.settled?.(root);
    await nextPaint();
    return { mount, painted: performance.now() - start };
  },
};
