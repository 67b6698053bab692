/**
 * The memory half of `npm run bench`: mounts and removes an element many times in one go, with no
 * idle time between the cycles, then asks whether the removed elements are still reachable (work
 * queued for idle time that holds an element keeps it, and everything it renders, alive until the
 * page goes idle). Needs Chromium with --js-flags=--expose-gc and --enable-precise-memory-info.
 */
import { createMemorySource } from '../src/source/memory-source.js';
import { lists, saleNumber } from './scenarios/sale-card-first-render.js';

export interface MemoryResult {
  element: string;
  cycles: number;
  /** Used JS heap after a full collection, before the cycles (bytes). */
  baseline: number;
  /** The same after the cycles, read before the page had any idle time. */
  after: number;
  /** Removed instances a full collection could not free. */
  reachable: number;
  /** Their cycle numbers (1 to `cycles`), to look for a pattern. */
  reachableAt: number[];
}

interface Subject {
  load(): Promise<unknown>;
  make(index: number): HTMLElement;
}

const SUBJECTS: Record<string, Subject> = {
  'sale-card': {
    load: () => import('../src/sale-card.js'),
    make(index) {
      const card = document.createElement('sale-card');
      Object.assign(card, lists, {
        today: '2025-05-15',
        sale: saleNumber(index),
        position: { index, total: 1000 },
      });
      return card;
    },
  },
  'sale-screen': {
    load: () => import('../src/sale-screen.js'),
    make(index) {
      const screen = document.createElement('sale-screen');
      const sales = Array.from({ length: 20 }, (_, offset) => saleNumber(index * 20 + offset));
      Object.assign(screen, { today: '2025-05-15', premium: true });
      screen.source = createMemorySource({ lists, sales });
      return screen;
    },
  },
  'sale-sections': {
    load: () => import('../src/sale-sections.js'),
    make(index) {
      const sections = document.createElement('sale-sections');
      sections.today = '2025-05-15';
      sections.sale = saleNumber(index);
      return sections;
    },
  },
};

type Rendering = HTMLElement & { updateComplete: Promise<unknown> };

/** A new task: the event loop runs it before any idle callback. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/**
 * V8's used heap after a full collection. The collection runs as a task of its own
 * (`execution: 'async'`): a collection called from script also scans the native stack
 * conservatively, and stale words there keep a few random removed elements alive (seen in
 * heap snapshots as "C++ native stack roots" holding a node of a removed element's shadow tree).
 */
async function usedHeap(): Promise<number> {
  const gc = window.gc as unknown as (options: { type: 'major'; execution: 'async' }) => Promise<void>;
  await gc({ type: 'major', execution: 'async' });
  return (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

/**
 * The removed instances not freed yet, by cycle number. A FinalizationRegistry rather than a
 * WeakRef per instance, because the WeakRefs changed what they measured: `new WeakRef(x)` keeps
 * `x` alive until the end of the job, all 1,000 cycles run in one job, and with WeakRefs the 510th
 * or 511th <sale-screen> survived the collection in 9 of 36 runs (always that index, whatever the
 * timing; freed by the next collection; its one captured retaining path ran through Blink's list
 * of shadow roots that adopted a shared stylesheet, not through any work of ours). With this
 * registry: 0 in 33 runs, and it still counts instances that work queued for idle time holds.
 */
class Unfreed {
  readonly #cycles = new Set<number>();
  readonly #registry = new FinalizationRegistry<number>((cycle) => this.#cycles.delete(cycle));

  add(instance: HTMLElement, cycle: number): void {
    this.#cycles.add(cycle);
    this.#registry.register(instance, cycle);
  }

  /**
   * The cycles whose instance the last collection did not free, once the registry has been told:
   * its callbacks run in tasks after the collection, so this waits until the count holds still.
   */
  async settled(): Promise<number[]> {
    for (let steady = 0, last = -1, tasks = 0; steady < 3 && tasks < 50; tasks++) {
      await nextTask();
      steady = this.#cycles.size === last ? steady + 1 : 0;
      last = this.#cycles.size;
    }
    return [...this.#cycles].sort((a, b) => a - b);
  }
}

/**
 * Mounts one instance, waits for its render and removes it. A function of its own so that no
 * variable of the measuring function holds the last instance while it waits for the collection.
 */
async function mountOnce(
  subject: Subject,
  root: HTMLElement,
  index: number,
  unfreed: Unfreed,
): Promise<void> {
  const instance = root.appendChild(subject.make(index)) as Rendering;
  await instance.updateComplete;
  instance.remove();
  unfreed.add(instance, index);
}

export async function mountAndRemove(element: string, cycles: number): Promise<MemoryResult> {
  const subject = SUBJECTS[element];
  if (!subject)
    throw new Error(`No memory subject "${element}"; known: ${Object.keys(SUBJECTS).join(', ')}.`);
  if (!window.gc) throw new Error('Run Chromium with --js-flags=--expose-gc.');
  await subject.load();
  const root = document.createElement('div');
  document.body.append(root);
  // Once mounted and the page idle: code compiled, warm-ups and rehearsals done, caches filled.
  await mountOnce(subject, root, 0, new Unfreed());
  await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => requestIdleCallback(resolve));
  await nextTask();
  const baseline = await usedHeap();

  let idle = false;
  const idleHandle = requestIdleCallback(() => (idle = true));
  const unfreed = new Unfreed();
  for (let index = 1; index <= cycles; index++) await mountOnce(subject, root, index, unfreed);
  await nextTask();
  const after = await usedHeap();
  const reachableAt = await unfreed.settled();
  const reachable = reachableAt.length;
  cancelIdleCallback(idleHandle);
  // Work queued for idle time would have run and let go of its elements: nothing was measured.
  if (idle) throw new Error('The page had idle time before the removed instances were counted.');
  root.remove();
  return { element, cycles, baseline, after, reachable, reachableAt };
}
