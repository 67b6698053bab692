// Types for demo/demo.js (plain browser JavaScript), so test/demo.test.ts can start the demo page.
import type { createMemorySource } from '../src/source/memory-source.js';

/** Wires the demo page (demo/index.html) over `createMemorySource` from the library. */
export function startDemo(library: { createMemorySource: typeof createMemorySource }): void;
