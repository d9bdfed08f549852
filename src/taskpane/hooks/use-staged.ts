import { startTransition, useEffect, useState } from "react";

/**
 * How many of a view's `count` heavy parts to draw: none at the first paint, then one more in each later
 * task, each drawn as a transition (React yields between components while it renders one), so that what
 * asks for action shows at once and no one part holds the page's thread with another: the units grid and
 * each chart took 60–120 ms apiece on two busy cores, over 200 ms drawn in one task.
 */
export function useStaged(count: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= count) return;
    // A new task after the paint: the part drawn last is on screen before the next one starts.
    const timer = setTimeout(() => startTransition(() => setShown((now) => now + 1)), 0);
    return () => clearTimeout(timer);
  }, [shown, count]);
  return Math.min(shown, count);
}
