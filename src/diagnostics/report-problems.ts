/**
 * The one format of the elements' data warnings: one `console.warn` per batch, naming the element
 * and each field, so a host developer sees at a glance what to fix.
 */
import type { DataWarning } from '../model/types.js';

/** How many problems one warning lists before it says how many more there are. */
const PROBLEMS_LISTED = 5;

/** Logs `warnings` as one line, `<tag>: field: message; field: message.`; nothing when empty. */
export function reportProblems(tag: string, warnings: readonly DataWarning[]): void {
  if (warnings.length === 0) return;
  const listed = warnings.slice(0, PROBLEMS_LISTED).map(({ field, message }) => `${field}: ${message}`);
  if (warnings.length > PROBLEMS_LISTED) listed.push(`${warnings.length - PROBLEMS_LISTED} more problems`);
  console.warn(`<${tag}>: ${listed.join('; ')}.`);
}
