import type { View } from "./views/lazy-views";

/**
 * The view a ribbon button asks for. The three buttons open one pane at one address (manifest.xml), so that
 * a click never reloads a pane that is writing; the button says which view it wants here instead: the open
 * pane switches to it, or a pane not yet drawn starts on it. A request is delivered once.
 */
type Listener = (view: View) => void;

const listeners = new Set<Listener>();
let waiting: View | undefined;

export function requestView(view: View): void {
  if (listeners.size === 0) waiting = view;
  else for (const listener of listeners) listener(view);
}

/** The view asked for before anyone listened, if any; it is then no longer waiting. */
export function takeRequestedView(): View | undefined {
  const view = waiting;
  waiting = undefined;
  return view;
}

/** Calls `listener` with each view asked for from now on (and one still waiting); returns the unsubscribe. */
export function onViewRequested(listener: Listener): () => void {
  listeners.add(listener);
  const view = takeRequestedView();
  if (view) listener(view);
  return () => void listeners.delete(listener);
}
