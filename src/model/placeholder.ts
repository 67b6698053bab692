/** What every element shows for a value that is missing or unreadable: never a blank. */
export const PLACEHOLDER = '—';
