/**
 * Runs `task` once the page has nothing else to do (or after `timeout` ms at the latest), so that work
 * done ahead of need never holds a click or a paint; returns its cancellation.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}
