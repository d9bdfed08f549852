import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { BENCH_PERIOD } from "./bench-reports";
import { serveDist } from "./static-server";

export interface PageFigures {
  readonly seconds: number;
  /** The longest task on the page's main thread from the click to the rendered result. */
  readonly longestTaskMs: number;
  /** The longest task while the units grid is scrolled from top to bottom and narrowed by a filter. */
  readonly scrollLongestMs: number;
}

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

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
];

/** The standalone page's roll-up of a folder in Debian's Chromium, timed from the click to the result. */
export async function pageRollup(folder: string): Promise<PageFigures> {
  const server = await serveDist(path.resolve(__dirname, "../../../dist"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    await page.goto(`${server.url}index.html`);
    await page.getByRole("link", { name: "Tổng hợp" }).click();
    const files = readdirSync(folder).map((name) => path.join(folder, name));
    await page.getByTestId("rollup-files").setInputFiles(files);
    await page.getByRole("combobox", { name: "Kỳ tổng hợp" }).selectOption(BENCH_PERIOD);
    // A script, not a function: the CLI is compiled without the DOM's types.
    await page.evaluate(`
      window.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
      }).observe({ type: "longtask" });
    `);
    const start = Date.now();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - start) / 1000;
    // Long tasks are reported after they end: give the last one a moment to arrive.
    await page.waitForTimeout(500);
    const longestTaskMs = Number(await page.evaluate("window.longest"));
    await page.evaluate("window.longest = 0");
    await page.evaluate(SCROLL_GRID);
    await page.getByRole("searchbox", { name: /Tìm đơn vị/ }).fill("U01");
    await page.waitForTimeout(500);
    const scrollLongestMs = Number(await page.evaluate("window.longest"));
    await page.getByRole("searchbox", { name: /Tìm đơn vị/ }).fill("");
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 500]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(SHOTS, `rollup-${files.length}-units-${width}.png`),
        fullPage: true,
      });
    }
    return { seconds, longestTaskMs, scrollLongestMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
