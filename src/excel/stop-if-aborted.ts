/**
 * Stops a write the user cancelled, as `AbortSignal.throwIfAborted` does, on any signal: jsdom's lack it
 * (the pane's tests drive the real Excel host there) and so does Safari before 15.4, where calling it
 * would fail every write, cancelled or not.
 */
export function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException("The write was cancelled.", "AbortError");
}
