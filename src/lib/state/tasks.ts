// Giving the main thread back between pieces of page work, so that no task holds the page for long
// (issue 13: no main-thread task over 50 ms from the drop to the whole report).

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task. `scheduler.yield()` (Chromium, Firefox) keeps the work ahead of other
 * queued tasks and is not slowed in a background tab; elsewhere a zero timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Longest wait for an idle moment: a busy page still gets the work done. */
const IDLE_TIMEOUT_MS = 2000;

/** Resolves when the browser is idle (or after two seconds): for work nobody is waiting to see. */
export function idleTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}
