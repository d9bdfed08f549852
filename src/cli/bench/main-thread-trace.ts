import type { Browser, Page } from "playwright-core";

/** Chromium's trace event for one task of a thread, with its thread's CPU time (`tdur`, µs). */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/**
 * Only the scheduler's top level: every task of every thread with its times and little else. DevTools'
 * timeline category records the same tasks with every call, style and layout inside them, eight times the
 * events (121,499 against 15,132 at 100 reports), and recording them was the tracer's CPU counted as the
 * page's own, which the CLI beside it never pays.
 */
const CATEGORIES = ["toplevel"];
const TASK = "ThreadControllerImpl::RunTask";

/**
 * Starts recording every task of the page's threads; the returned function stops and gives the CPU time
 * of the main thread's longest task by CPU, in ms. On a shared machine a task's wall time grows with the
 * others' load (a chart drawn in 14 ms of CPU took 141 ms by the clock at a load of 19 on two cores): the
 * CPU time tells the page's own part.
 */
export async function traceMainThread(browser: Browser, page: Page): Promise<() => Promise<number>> {
  await browser.startTracing(page, { categories: CATEGORIES });
  return async () => {
    const events = (
      JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] }
    ).traceEvents;
    const main = new Set(
      events
        .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const tasks = events.filter((e) => e.ph === "X" && e.name === TASK && main.has(`${e.pid}:${e.tid}`));
    return Math.max(0, ...tasks.map((t) => (t.tdur ?? 0) / 1000));
  };
}
