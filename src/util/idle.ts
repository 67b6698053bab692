/**
 * Runs `work` when the browser is next idle, so that preparation for later (locale data, the
 * card's other tabs) stays out of the frames the user is waiting for. Safari has no
 * requestIdleCallback; a timeout still keeps the work off the current task.
 */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 2000 });
  else setTimeout(work);
}
