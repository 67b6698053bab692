/**
 * The memory half of `npm run bench`: mounts and removes an element many times in one go, with no
 * idle time between the cycles, then asks whether the removed elements are still reachable (work
 * queued for idle time that holds an element keeps it, and everything it renders, alive until the
 * page goes idle). Needs Chromium with --js-flags=--expose-gc and --enable-precise-memory-info.
 */
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

/** A new task: the event loop runs it before any idle callback, and WeakRefs kept for the last job are released. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

const usedHeap = (): number => {
  window.gc!();
  return (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
};

export async function mountAndRemove(element: string, cycles: number): Promise<MemoryResult> {
  const subject = SUBJECTS[element];
  if (!subject)
    throw new Error(`No memory subject "${element}"; known: ${Object.keys(SUBJECTS).join(', ')}.`);
  if (!window.gc) throw new Error('Run Chromium with --js-flags=--expose-gc.');
  await subject.load();
  const root = document.createElement('div');
  document.body.append(root);
  // Once mounted and the page idle: code compiled, warm-ups and rehearsals done, caches filled.
  const first = root.appendChild(subject.make(0)) as Rendering;
  await first.updateComplete;
  first.remove();
  await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => requestIdleCallback(resolve));
  await nextTask();
  const baseline = usedHeap();

  const removed: WeakRef<HTMLElement>[] = [];
  for (let index = 1; index <= cycles; index++) {
    const instance = root.appendChild(subject.make(index)) as Rendering;
    await instance.updateComplete;
    instance.remove();
    removed.push(new WeakRef(instance));
  }
  await nextTask();
  const after = usedHeap();
  const reachable = removed.filter((ref) => ref.deref() !== undefined).length;
  root.remove();
  return { element, cycles, baseline, after, reachable };
}
