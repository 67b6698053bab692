/**
 * Runs `work` when the browser is next idle, so that preparation for later (locale data, the
 * card's other tabs) stays out of the frames the user is waiting for. Safari has no
 * requestIdleCallback; a timeout still keeps the work off the current task.
 *
 * Returns a function that cancels the work if it has not run yet: an element that queued work
 * for itself cancels it when it leaves the page, so the queue never keeps a removed element alive.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work);
  return () => clearTimeout(handle);
}
