import { useEffect, useState } from "react";

/**
 * False for the first paint, true from the next task on: a view draws what asks for action at once and
 * its heavy parts (grid, charts) a moment later, so neither paint holds the page for long.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPainted(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return painted;
}
