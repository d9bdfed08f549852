import { execFileSync } from "node:child_process";
import path from "node:path";
import { launchChromium, longestTask, startRollup } from "./chromium";
import { serveDist } from "./static-server";

export interface PaneWriteFigures {
  /** From the click on Tổng hợp to the summary written into Excel. */
  readonly seconds: number;
  /** The write alone: from the summary handed to Excel to its last request answered. */
  readonly writeSeconds: number;
  readonly requests: number;
  /** Cells given to Excel, as values or formulas. */
  readonly cells: number;
  /** The longest task on the pane's main thread while the summary was written into Excel. */
  readonly writeLongestTaskMs: number;
  /** The longest from the click on, the roll-up's result and the plan's parts arriving included. */
  readonly longestTaskMs: number;
}

const ROOT = path.resolve(__dirname, "../../..");
const BUILT = path.join(ROOT, "bench-output/pane-write");

/**
 * The product's pane with another composition root (`entry`, from the repository's root: the pane on a
 * stand-in for Excel), built into `out` and never over dist/; transpiled without a type check of the program
 * (`npm run typecheck` does it), the same files in half the time.
 */
export function buildPane(entry: string, out: string): void {
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--config",
      path.join(ROOT, "test/support/pane.webpack.config.js"),
      "--env",
      `entry=${entry}`,
      "--env",
      `out=${out}`,
      "--env",
      "transpileOnly",
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
}

/** The bench's build of the real pane and worker on an Excel that only takes requests. */
export const buildPaneWrite = () => buildPane("test/bench/pane-write/entry.ts", BUILT);

interface PaneWrite {
  readonly start?: number;
  readonly end?: number;
  readonly requests?: number;
  readonly cells?: number;
  readonly error?: string;
}

/**
 * The task pane in Debian's Chromium rolls up a folder and writes the summary into Excel, as it does in
 * Excel on the web: what Excel itself spends is left out (it only takes requests), what the pane spends
 * on its own thread is measured. Build it first with buildPaneWrite.
 */
export async function paneWrite(folder: string): Promise<PaneWriteFigures> {
  const server = await serveDist(BUILT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 400, height: 900 } });
    await page.goto(`${server.url}index.html`);
    const { clickedAt } = await startRollup(page, folder);
    await page.getByText("Đã ghi bảng tổng hợp vào tệp Excel.").waitFor({ timeout: 900_000 });
    const seconds = (Date.now() - clickedAt) / 1000;
    const written = (await page.evaluate("window.paneWrite")) as PaneWrite;
    if (written.error || written.start === undefined || written.end === undefined)
      throw new Error(`the pane's write failed: ${written.error ?? "no write"}`);
    return {
      seconds,
      writeSeconds: (written.end - written.start) / 1000,
      requests: written.requests ?? 0,
      cells: written.cells ?? 0,
      writeLongestTaskMs: await longestTask(page, written.start, written.end),
      longestTaskMs: await longestTask(page),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
