/**
 * Records idle-time work scheduled from the moment this module runs: import it before the modules
 * under test (imports run in order), then read `scheduledWork`.
 */
export const scheduledWork: string[] = [];

const originalIdle = window.requestIdleCallback;
window.requestIdleCallback = ((callback: IdleRequestCallback, options?: IdleRequestOptions) => {
  scheduledWork.push(new Error().stack?.split('\n')[2]?.trim() ?? 'requestIdleCallback');
  return originalIdle(callback, options);
}) as typeof window.requestIdleCallback;
