import { readdirSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { READER, readerFor } from "../read-processes";
import { launchChromium } from "./chromium";
import { answerTo } from "./cold-read";
import { DIST, openPage, type PageVariant } from "./page-rollup";

/**
 * How soon a reading thread can take a file: from its start to its answer for a first, trivial file (one
 * that is not there, or empty, and is refused at once), so the figure is its loading and compiling.
 * Started alone, one after another, each from nothing (the first start of a page or a command).
 */
export interface ReadyFigures {
  readonly cliMs: number;
  readonly pageMs: Readonly<Record<PageVariant, number>>;
}

/** Starts on an otherwise idle machine wander by tens of milliseconds: the median of a few. */
const STARTS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1]!;

/** One of the CLI's reading processes, started as a roll-up starts it (the same flags, the same script). */
async function cliReaderReadyMs(): Promise<number> {
  const start = performance.now();
  const reader = readerFor(READER).process;
  await answerTo(reader, {
    path: path.join(READER.entry, "not-there.xlsx"),
    name: "not-there.xlsx",
    purpose: "rollup",
  });
  const ms = performance.now() - start;
  reader.kill();
  return ms;
}

/**
 * In the page, the worker script each variant starts its readers from: served, the reader's own script
 * beside the page; thidua.html, the one worker script, which the page hands its job worker as text (it is
 * caught on its way).
 */
const CATCH_WORKER_TEXT = `(() => {
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (typeof message === "string" && message.length > 100000) window.workerText = message;
    return post.call(this, message, ...rest);
  };
})()`;

/** Starts a reader worker from `window.readerSource` in the page; its time to the answer for an empty file. */
const START_READER = `(async () => {
  const source = window.readerSource;
  const url = source.length > 1000 ? URL.createObjectURL(new Blob([source], { type: "text/javascript" })) : source;
  const start = performance.now();
  const reader = new Worker(url, { name: "reader" });
  await new Promise((answered) => {
    reader.onmessage = answered;
    const file = new File([], "empty.xlsx");
    reader.postMessage({ file: { name: file.name, file }, purpose: "rollup" });
  });
  reader.terminate();
  return performance.now() - start;
})()`;

async function pageReaderReadyMs(variant: PageVariant): Promise<number> {
  const opened = await openPage(variant);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    if (variant === "file") await page.addInitScript(CATCH_WORKER_TEXT);
    await page.goto(opened.url);
    if (variant === "file") {
      // The roll-up view prepares its job worker, which is handed the worker script as it starts.
      await page.getByRole("link", { name: "Tổng hợp" }).click();
      await page.waitForFunction(
        () => typeof (globalThis as Record<string, unknown>).workerText === "string",
      );
      await page.evaluate("window.readerSource = window.workerText");
    } else {
      const script = readdirSync(DIST).find((name) => /^reader\.[0-9a-f]+\.js$/.test(name));
      if (!script) throw new Error("no reader script in dist/: run the build first");
      await page.evaluate((name) => ((globalThis as Record<string, unknown>).readerSource = name), script);
    }
    const times: number[] = [];
    for (let i = 0; i < STARTS; i++) times.push((await page.evaluate(START_READER)) as number);
    return median(times);
  } finally {
    await browser.close();
    await opened.close();
  }
}

/** The CLI's reading process and each variant's reader worker, each the median of a few starts. */
export async function readerReady(): Promise<ReadyFigures> {
  const cli: number[] = [];
  for (let i = 0; i < STARTS; i++) cli.push(await cliReaderReadyMs());
  return {
    cliMs: median(cli),
    pageMs: { served: await pageReaderReadyMs("served"), file: await pageReaderReadyMs("file") },
  };
}
