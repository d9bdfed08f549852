import { readdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { BENCH_PERIOD } from "./bench-reports";

/** Debian's Chromium as the tests and the bench start it: headless, and never reaching for the network. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });

// Scripts, not functions: the CLI is compiled without the DOM's types.
/** From now on, every long task on the page's main thread is kept in `window.longTasks`. */
const OBSERVE_LONG_TASKS = `
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask" });
`;

export const observeLongTasks = (page: Page) => page.evaluate(OBSERVE_LONG_TASKS);

/** The longest task that began between `from` and `to` (performance.now() times), 0 when none was long. */
export async function longestTask(page: Page, from = 0, to = Infinity): Promise<number> {
  // Long tasks are reported after they end: give the last one a moment to arrive.
  await page.waitForTimeout(500);
  const tasks = (await page.evaluate("window.longTasks")) as { start: number; duration: number }[];
  return Math.max(0, ...tasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration));
}

/**
 * On Tổng hợp: picks every report in `folder`, the bench's period and the summary unit, and starts the
 * roll-up (`beforeClick` run just before the click); the files' count, and when the button was clicked
 * (Date.now()).
 */
export async function startRollup(
  page: Page,
  folder: string,
  beforeClick: () => Promise<unknown> = async () => undefined,
): Promise<{ files: number; clickedAt: number }> {
  await page.getByRole("link", { name: "Tổng hợp" }).click();
  const files = readdirSync(folder).map((name) => path.join(folder, name));
  await page.getByTestId("rollup-files").setInputFiles(files);
  await page.getByRole("combobox", { name: "Kỳ tổng hợp" }).selectOption(BENCH_PERIOD);
  await page.getByRole("textbox", { name: "Mã đơn vị tổng hợp" }).fill("LDLD_T");
  await page.getByRole("textbox", { name: "Tên đơn vị tổng hợp" }).fill("Liên đoàn Lao động tỉnh");
  await observeLongTasks(page);
  await beforeClick();
  const clickedAt = Date.now();
  await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  return { files: files.length, clickedAt };
}
