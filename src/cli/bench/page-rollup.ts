import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium, longestTask, startRollup } from "./chromium";
import { traceMainThread } from "./main-thread-trace";
import { serveDist } from "./static-server";
import { sampleTreeCpu } from "./tree-cpu";

/**
 * The two ways the page starts its workers: served over http (each worker script fetched beside the
 * page) and thidua.html opened from disk (its one worker script carried as text, started from blob: URLs).
 */
export type PageVariant = "served" | "file";

export const PAGE_VARIANTS: readonly PageVariant[] = ["served", "file"];

export interface PageFigures {
  readonly seconds: number;
  /**
   * Chromium's CPU time from the click to the rendered result, every process and thread together: as the
   * wall time, from when a user waits. The CLI is handed its folder's path and picks nothing.
   */
  readonly cpuSeconds: number;
  /**
   * The same from before the files were picked, as the bench counted until 2026-12-03: playwright's
   * picking of 1,000 files costs Chromium 0.7–1.1 s of CPU that no roll-up does. Printed beside for a
   * session, so the figures before compare.
   */
  readonly cpuWithPickingSeconds: number;
  /** The longest task on the page's main thread from the click to the rendered result. */
  readonly longestTaskMs: number;
  /** The CPU time of the main thread's longest task by CPU, over the same time. */
  readonly longestTaskCpuMs: number;
  /** The longest task while the units grid is scrolled from top to bottom and narrowed by a filter. */
  readonly scrollLongestMs: number;
  /** The CPU time of the main thread's longest task by CPU while scrolling and filtering. */
  readonly scrollLongestCpuMs: number;
}

export const DIST = path.resolve(__dirname, "../../../dist");
const SHOTS = path.resolve(__dirname, "../../../test-output/screenshots");

/** Scrolls the units grid to its end in steps, as a reader would, then narrows it by the search box. */
const SCROLL_GRID = `(async () => {
  const grid = document.querySelector('[role=grid][aria-label="Đơn vị đã tổng hợp"]');
  const list = [...grid.querySelectorAll("div")].find((d) => d.scrollHeight > d.clientHeight + 10);
  for (let step = 0; step <= 40; step++) {
    list.scrollTop = (list.scrollHeight * step) / 40;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 16)));
  }
})()`;

/** Where each variant of the page is opened: the served page from a local server, thidua.html from disk. */
export async function openPage(variant: PageVariant): Promise<{ url: string; close: () => Promise<void> }> {
  if (variant === "file")
    return { url: pathToFileURL(path.join(DIST, "thidua.html")).href, close: async () => {} };
  const server = await serveDist(DIST);
  return { url: `${server.url}index.html`, close: server.close };
}

/** The page's roll-up of a folder in Debian's Chromium, timed from the click to the result. */
export async function pageRollup(folder: string, variant: PageVariant = "served"): Promise<PageFigures> {
  const opened = await openPage(variant);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    await page.goto(opened.url);
    const withPicking = sampleTreeCpu(process.pid, { withRoot: false });
    let cpu: () => number = () => Number.NaN;
    let traced: () => Promise<number> = async () => 0;
    const started = async () => {
      traced = await traceMainThread(browser, page);
      cpu = sampleTreeCpu(process.pid, { withRoot: false });
    };
    const { files, clickedAt } = await startRollup(page, folder, started);
    await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - clickedAt) / 1000;
    const cpuSeconds = cpu();
    const cpuWithPickingSeconds = withPicking();
    const longestTaskMs = await longestTask(page);
    const longestTaskCpuMs = await traced();
    await page.evaluate("window.longTasks = []");
    const scrollTraced = await traceMainThread(browser, page);
    await page.evaluate(SCROLL_GRID);
    await page.getByRole("searchbox", { name: /Tìm đơn vị/ }).fill("U01");
    const scrollLongestMs = await longestTask(page);
    const scrollLongestCpuMs = await scrollTraced();
    await page.getByRole("searchbox", { name: /Tìm đơn vị/ }).fill("");
    if (variant === "served") {
      mkdirSync(SHOTS, { recursive: true });
      for (const width of [320, 500]) {
        await page.setViewportSize({ width, height: 900 });
        await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).scrollIntoViewIfNeeded();
        await page.screenshot({
          path: path.join(SHOTS, `rollup-${files}-units-${width}.png`),
          fullPage: true,
        });
      }
    }
    return {
      seconds,
      cpuSeconds,
      cpuWithPickingSeconds,
      longestTaskMs,
      longestTaskCpuMs,
      scrollLongestMs,
      scrollLongestCpuMs,
    };
  } finally {
    await browser.close();
    await opened.close();
  }
}
