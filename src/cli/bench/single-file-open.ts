import { statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { vi } from "../../core/vocabulary";
import { launchChromium } from "./chromium";

/** The page in one file opened from disk: its size, when its first view is drawn and when it answers a click. */
export interface SingleFileFigures {
  readonly bytes: number;
  readonly drawnMs: number;
  readonly interactiveMs: number;
}

/**
 * Opens the page in one file as a clerk does (file://) in headless Chromium and times it from navigation:
 * the offline notice drawn, then a click on the roll-up view answered with that view.
 */
export async function singleFileOpen(file: string): Promise<SingleFileFigures> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.getByText(vi.pane.notices.offline).waitFor();
    const drawnMs = (await page.evaluate("performance.now()")) as number;
    await page.getByRole("link", { name: vi.pane.tabs.rollup }).click();
    await page.getByRole("button", { name: vi.pane.rollup.start, exact: true }).waitFor();
    const interactiveMs = (await page.evaluate("performance.now()")) as number;
    return { bytes: statSync(file).size, drawnMs, interactiveMs };
  } finally {
    await browser.close();
  }
}
