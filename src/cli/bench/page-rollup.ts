import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchChromium, longestTask, startRollup } from "./chromium";
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

/** The standalone page's roll-up of a folder in Debian's Chromium, timed from the click to the result. */
export async function pageRollup(folder: string): Promise<PageFigures> {
  const server = await serveDist(path.resolve(__dirname, "../../../dist"));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    await page.goto(`${server.url}index.html`);
    const { files, clickedAt } = await startRollup(page, folder);
    await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - clickedAt) / 1000;
    const longestTaskMs = await longestTask(page);
    await page.evaluate("window.longTasks = []");
    await page.evaluate(SCROLL_GRID);
    await page.getByRole("searchbox", { name: /Tìm đơn vị/ }).fill("U01");
    const scrollLongestMs = await longestTask(page);
    await page.getByRole("searchbox", { name: /Tìm đơn vị/ }).fill("");
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 500]) {
      await page.setViewportSize({ width, height: 900 });
      await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(SHOTS, `rollup-${files}-units-${width}.png`),
        fullPage: true,
      });
    }
    return { seconds, longestTaskMs, scrollLongestMs };
  } finally {
    await browser.close();
    await server.close();
  }
}
