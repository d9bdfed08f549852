import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchReports, openpyxlPython } from "./bench-reports";
import { cliRollup } from "./cli-rollup";
import { fileRead } from "./file-read";
import { pageRollup } from "./page-rollup";
import { buildPaneWrite, paneWrite } from "./pane-write";
import { openpyxlLoop, sheetjsLoop, unzipLoop, type PeerRun } from "./peers";

/**
 * Prints how fast received workbooks are rolled up — by the CLI, by the page, by the readers a developer
 * would pick instead — and how long the Excel pane holds its thread while it writes the summary: figures
 * to compare with the targets, not pass or fail. BENCH_SIZES=100,1000 narrows the sizes, BENCH_PAGE_MAX
 * and BENCH_OPENPYXL_MAX the largest folder the page and openpyxl are run on.
 */
const SIZES = (process.env.BENCH_SIZES ?? "100,1000,3400").split(",").map(Number);
const PAGE_MAX = Number(process.env.BENCH_PAGE_MAX ?? 3400);
const OPENPYXL_MAX = Number(process.env.BENCH_OPENPYXL_MAX ?? 1000);
const ROOT = path.resolve(process.env.BENCH_DIR ?? "bench-output");

const pad = (s: string | number, n: number) => String(s).padStart(n);
const seconds = (run: { seconds: number } | null, width: number) =>
  pad(run ? `${run.seconds.toFixed(2)} s` : "—", width);
/** How many times slower `slow` is than `fast`. */
const ratio = (slow: PeerRun | null, fast: PeerRun | null, width: number) =>
  pad(slow && fast ? `${(slow.seconds / fast.seconds).toFixed(2)}×` : "—", width);

async function main(): Promise<void> {
  mkdirSync(ROOT, { recursive: true });
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const python = openpyxlPython() !== undefined;
  out(`Thi Đua bench — ${os.cpus().length} cores, Node ${process.version}, ${os.cpus()[0]?.model ?? ""}`);
  out(
    python
      ? "Reports: blank templates filled by openpyxl (optional inputs blank, so each carries warnings)."
      : "Reports: written by Thi Đua, every input filled (no Python with openpyxl here: no openpyxl peer).",
  );
  out("");
  out("Reading and rolling up, wall time of each as its own process (ratios: how many times the CLI's time)");
  out(
    "files   CLI wall  CLI peak  SheetJS loop  openpyxl  bare unzip   SheetJS÷CLI  openpyxl÷CLI  CLI÷unzip   page wall  page÷CLI",
  );
  const pageRuns: { size: number; longest: number; scroll: number }[] = [];
  for (const size of SIZES) {
    const { folder } = await benchReports(ROOT, size);
    const cli = await cliRollup(folder, path.join(ROOT, `tong-hop-${size}.xlsx`));
    const sheetjs = sheetjsLoop(folder);
    const openpyxl = size <= OPENPYXL_MAX ? openpyxlLoop(folder) : null;
    const unzip = unzipLoop(folder);
    const page = size <= PAGE_MAX ? await pageRollup(folder) : null;
    if (page) pageRuns.push({ size, longest: page.longestTaskMs, scroll: page.scrollLongestMs });
    out(
      [
        pad(size, 5),
        seconds(cli, 10),
        pad(`${cli.peakMiB.toFixed(0)} MiB`, 9),
        seconds(sheetjs, 13),
        seconds(openpyxl, 9),
        seconds(unzip, 11),
        ratio(sheetjs, cli, 13),
        ratio(openpyxl, cli, 13),
        ratio(cli, unzip, 10),
        seconds(page, 11),
        ratio(page, cli, 9),
      ].join(" ") + (cli.exitCode === 0 ? "" : `  (CLI exit ${cli.exitCode})`),
    );
  }
  out("");
  out("One file, one thread (medians): read, guard, extract, validate and reduce, against inflating it");
  out("files  read: CLI (zlib)  page (fflate)   unzip: zlib  fflate   ratio: CLI  page");
  const { folder: first } = await benchReports(ROOT, SIZES[0]!);
  const read = fileRead(first);
  out(
    [
      pad(SIZES[0]!, 5),
      pad(`${read.readMs.toFixed(2)} ms`, 16),
      pad(`${read.scriptReadMs.toFixed(2)} ms`, 14),
      pad(`${read.unzipMs.toFixed(2)} ms`, 13),
      pad(`${read.scriptUnzipMs.toFixed(2)} ms`, 8),
      pad(`${(read.readMs / read.unzipMs).toFixed(1)}×`, 11),
      pad(`${(read.scriptReadMs / read.scriptUnzipMs).toFixed(1)}×`, 6),
    ].join(" "),
  );
  out(`average report file: ${read.kib.toFixed(1)} KiB`);
  out("");
  out("The page's main thread (Chromium): longest task from the click to the result, and while scrolling");
  out("files  longest task: roll-up  scroll+filter");
  for (const run of pageRuns)
    out(
      [
        pad(run.size, 5),
        pad(`${run.longest.toFixed(0)} ms`, 22),
        pad(`${run.scroll.toFixed(0)} ms`, 14),
      ].join(" "),
    );
  out("");
  out(
    "Excel pane (Chromium, an Excel that only takes requests): the pane's own thread while it writes the summary",
  );
  out("files  roll-up + write  write  requests      cells  longest task: writing  from the click");
  buildPaneWrite();
  for (const size of SIZES.filter((s) => s <= PAGE_MAX)) {
    const pane = await paneWrite((await benchReports(ROOT, size)).folder);
    out(
      [
        pad(size, 5),
        pad(`${pane.seconds.toFixed(2)} s`, 16),
        pad(`${pane.writeSeconds.toFixed(2)} s`, 6),
        pad(pane.requests, 9),
        pad(pane.cells.toLocaleString("en"), 10),
        pad(`${pane.writeLongestTaskMs.toFixed(0)} ms`, 23),
        pad(`${pane.longestTaskMs.toFixed(0)} ms`, 16),
      ].join(" "),
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
