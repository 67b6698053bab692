// Types for demo/lookup.js (plain browser JavaScript), so test/demo.test.ts can import it.
export interface DemoRecord {
  id: string | number;
  name: string;
  company?: DemoRecord;
}

export type DemoLookup = (
  kind: string,
  text: string,
  context?: { signal?: AbortSignal; company?: DemoRecord },
) => Promise<DemoRecord[]>;

export function createLookup(
  sources: Record<string, () => readonly DemoRecord[]>,
  options?: { delay?: number },
): DemoLookup;
