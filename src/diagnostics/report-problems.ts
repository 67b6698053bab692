/**
 * The one format of the elements' data warnings: one `console.warn` per batch, naming the element
 * and each field, so a host developer sees at a glance what to fix.
 */
import type { DataWarning } from '../model/types.js';

/** How many problems one warning lists before it says how many more there are. */
const PROBLEMS_LISTED = 5;

/**
 * Logs `warnings` as one line, `<tag>: field: message; field: message.`; nothing when empty. An
 * element whose batches are larger (a first render of many rows) may list more than the default.
 */
export function reportProblems(
  tag: string,
  warnings: readonly DataWarning[],
  listedAtMost: number = PROBLEMS_LISTED,
): void {
  if (warnings.length === 0) return;
  const listed = warnings.slice(0, listedAtMost).map(({ field, message }) => `${field}: ${message}`);
  if (warnings.length > listedAtMost) listed.push(`${warnings.length - listedAtMost} more problems`);
  console.warn(`<${tag}>: ${listed.join('; ')}.`);
}
