// Types for demo/demo.js (plain browser JavaScript), so test/demo.test.ts can start the demo page.
import type { createMemorySource } from '../src/source/memory-source.js';
import type { SalesSource } from '../src/source/sales-source.js';

/**
 * Wires the demo page (demo/index.html) over `source` (superOfficeSource on the page `npm start`
 * serves), or over the sample data in `createMemorySource` from the library.
 */
export function startDemo(
  library:
    | { source: SalesSource; createMemorySource?: never }
    | { source?: never; createMemorySource: typeof createMemorySource },
): void;
