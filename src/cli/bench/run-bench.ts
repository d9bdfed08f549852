import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchReports, openpyxlPython } from "./bench-reports";
import { cliRollup, type RunFigures } from "./cli-rollup";
import { baselineBuild, TARGET_BASELINE } from "./baseline-build";
import { coldReadMs } from "./cold-read";
import { fileRead } from "./file-read";
import { oneThreadAgainst } from "./one-thread-against";
import { PAGE_VARIANTS, pageRollup, type PageFigures, type PageVariant } from "./page-rollup";
import { readerReady } from "./reader-ready";
import { singleFileOpen } from "./single-file-open";
import { buildPaneWrite, paneWrite } from "./pane-write";
import { openpyxlLoop, sheetjsLoop, unzipLoop, type PeerRun } from "./peers";

/**
 * Prints how fast received workbooks are rolled up — by the CLI, by the page, by the readers a developer
 * would pick instead — and how long the Excel pane holds its thread while it writes the summary: figures
 * to compare with the targets, not pass or fail. BENCH_SIZES=100,1000 narrows the sizes, BENCH_PAGE_MAX
 * and BENCH_OPENPYXL_MAX the largest folder the page and openpyxl are run on (the page: every size, unless
 * told otherwise; it fell behind the CLI unseen while it was left out).
 */
const SIZES = (process.env.BENCH_SIZES ?? "100,1000,3400").split(",").map(Number);
const PAGE_MAX = Number(process.env.BENCH_PAGE_MAX ?? 3400);
const OPENPYXL_MAX = Number(process.env.BENCH_OPENPYXL_MAX ?? 1000);
const ROOT = path.resolve(process.env.BENCH_DIR ?? "bench-output");
/**
 * Rounds of every contender, run in turn, so that a machine whose speed wanders (a virtual one: by a fifth
 * from one minute to the next) slows them all alike; each one's median is printed. BENCH_ROUNDS sets it.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
/** The commit whose build one report's reading is compared with, in one process; "none" skips it. */
const BASELINE = process.env.BENCH_BASELINE ?? TARGET_BASELINE;

const pad = (s: string | number, n: number) => String(s).padStart(n);
const seconds = (run: { seconds: number } | null, width: number) =>
  pad(run ? `${run.seconds.toFixed(2)} s` : "—", width);
/** How many times slower `slow` is than `fast`. */
const ratio = (slow: PeerRun | null, fast: PeerRun | null, width: number) =>
  pad(slow && fast ? `${(slow.seconds / fast.seconds).toFixed(2)}×` : "—", width);

/** One run of every contender over a folder. */
interface Round {
  readonly cli: RunFigures;
  readonly sheetjs: PeerRun;
  readonly openpyxl: PeerRun | null;
  readonly unzip: PeerRun;
  /** Each variant of the page, where it was run. */
  readonly page: Readonly<Record<PageVariant, PageFigures>> | null;
}

async function round(folder: string, size: number): Promise<Round> {
  return {
    cli: await cliRollup(folder, path.join(ROOT, `tong-hop-${size}.xlsx`)),
    sheetjs: sheetjsLoop(folder),
    openpyxl: size <= OPENPYXL_MAX ? openpyxlLoop(folder) : null,
    unzip: unzipLoop(folder),
    page: size <= PAGE_MAX ? await pageVariants(folder) : null,
  };
}

async function pageVariants(folder: string): Promise<Record<PageVariant, PageFigures>> {
  return { served: await pageRollup(folder, "served"), file: await pageRollup(folder, "file") };
}

/** The run of median time among one contender's rounds (of two middle ones, the faster; null where not run). */
function medianOf<T extends { readonly seconds: number }>(runs: readonly (T | null)[]): T | null {
  const ran = runs.filter((run): run is T => run !== null).sort((a, b) => a.seconds - b.seconds);
  return ran[(ran.length - 1) >> 1] ?? null;
}

const CONTENDERS: readonly [string, (r: Round) => { readonly seconds: number } | null][] = [
  ["CLI", (r) => r.cli],
  ["SheetJS", (r) => r.sheetjs],
  ["openpyxl", (r) => r.openpyxl],
  ["unzip", (r) => r.unzip],
  ["page", (r) => r.page?.served ?? null],
  ["thidua.html", (r) => r.page?.file ?? null],
];

/** Each contender's time in every round, to show how far the machine wandered. */
function eachRound(rounds: readonly Round[]): string {
  return CONTENDERS.flatMap(([name, of]) => {
    const runs = rounds.map(of);
    return runs[0] ? [`${name} ${runs.map((run) => run!.seconds.toFixed(2)).join(" ")} s`] : [];
  }).join(" · ");
}

const PAGE_NAMES: Record<PageVariant, string> = { served: "page served", file: "thidua.html" };

/** The page's rounds at one size beside the CLI's, each variant's median (by wall time) and its longest task. */
interface PageRow {
  readonly size: number;
  readonly cli: RunFigures;
  readonly variants: readonly {
    variant: PageVariant;
    median: PageFigures;
    longest: number;
    longestCpu: number;
    scroll: number;
    scrollCpu: number;
  }[];
}

function pageRow(size: number, cli: RunFigures, rounds: readonly Round[]): PageRow | null {
  const pages = rounds.flatMap((r) => (r.page ? [r.page] : []));
  if (pages.length === 0) return null;
  return {
    size,
    cli,
    variants: PAGE_VARIANTS.map((variant) => {
      const runs = pages.map((p) => p[variant]);
      return {
        variant,
        median: medianOf(runs)!,
        longest: Math.max(...runs.map((p) => p.longestTaskMs)),
        longestCpu: Math.max(...runs.map((p) => p.longestTaskCpuMs)),
        scroll: Math.max(...runs.map((p) => p.scrollLongestMs)),
        scrollCpu: Math.max(...runs.map((p) => p.scrollLongestCpuMs)),
      };
    }),
  };
}

const out = (line: string) => process.stdout.write(`${line}\n`);

function header(): void {
  const python = openpyxlPython() !== undefined;
  out(`Thi Đua bench — ${os.cpus().length} cores, Node ${process.version}, ${os.cpus()[0]?.model ?? ""}`);
  out(
    python
      ? "Reports: blank templates filled by openpyxl (optional inputs blank, so each carries warnings)."
      : "Reports: written by Thi Đua, every input filled (no Python with openpyxl here: no openpyxl peer).",
  );
  out("");
}

/** The CLI and the readers a developer would pick instead, at every size; the page's rows for its own table. */
async function readingTable(): Promise<PageRow[]> {
  out("Reading and rolling up, wall time of each as its own process (ratios: how many times the CLI's time)");
  out(
    "files   CLI wall  CLI peak   CLI CPU  SheetJS loop  openpyxl  bare unzip   SheetJS÷CLI  openpyxl÷CLI  CLI÷unzip",
  );
  const pageRows: PageRow[] = [];
  for (const size of SIZES) {
    const { folder } = await benchReports(ROOT, size);
    const rounds: Round[] = [];
    for (let r = 0; r < ROUNDS; r++) rounds.push(await round(folder, size));
    const cli = medianOf(rounds.map((r) => r.cli))!;
    const sheetjs = medianOf(rounds.map((r) => r.sheetjs));
    const openpyxl = medianOf(rounds.map((r) => r.openpyxl));
    const unzip = medianOf(rounds.map((r) => r.unzip));
    const row = pageRow(size, cli, rounds);
    if (row) pageRows.push(row);
    const exitCodes = rounds.map((r) => r.cli.exitCode).filter((code) => code !== 0);
    out(
      [
        pad(size, 5),
        seconds(cli, 10),
        pad(`${Math.max(...rounds.map((r) => r.cli.peakMiB)).toFixed(0)} MiB`, 9),
        pad(`${cli.cpuSeconds.toFixed(2)} s`, 9),
        seconds(sheetjs, 13),
        seconds(openpyxl, 9),
        seconds(unzip, 11),
        ratio(sheetjs, cli, 13),
        ratio(openpyxl, cli, 13),
        ratio(cli, unzip, 10),
      ].join(" ") + (exitCodes.length === 0 ? "" : `  (CLI exit ${exitCodes.join(", ")})`),
    );
    if (ROUNDS > 1) out(`       each round: ${eachRound(rounds)}`);
  }
  if (ROUNDS > 1)
    out(`Medians of ${ROUNDS} rounds, the contenders run in turn; the CLI's peak is the highest.`);
  out("");
  return pageRows;
}

function pageTable(pageRows: readonly PageRow[]): void {
  out("The page in Chromium, beside the CLI's run of the same round (target: within 1.2× the CLI at 1,000):");
  out("wall time from the click to the result, CPU time of every process and thread over the same time (a");
  out(
    "shared machine's other work lengthens the wall time, not the CPU time; in brackets, the CPU time counted",
  );
  out(
    "from before the files were picked, as until 2026-12-03), the main thread's longest task (target: 100 ms)",
  );
  out("and the CPU time of its longest by CPU (what the page itself asks of its thread, whatever the load)");
  out(
    "files  variant         wall    ÷CLI       CPU  CPU÷CLI's   (with picking)  longest task  its CPU  while scrolling  its CPU",
  );
  for (const row of pageRows)
    for (const { variant, median, longest, longestCpu, scroll, scrollCpu } of row.variants)
      out(
        [
          pad(row.size, 5),
          ` ${PAGE_NAMES[variant].padEnd(12)}`,
          pad(`${median.seconds.toFixed(2)} s`, 8),
          pad(`${(median.seconds / row.cli.seconds).toFixed(2)}×`, 7),
          pad(`${median.cpuSeconds.toFixed(2)} s`, 9),
          pad(`${(median.cpuSeconds / row.cli.cpuSeconds).toFixed(2)}×`, 10),
          pad(
            `(${median.cpuWithPickingSeconds.toFixed(2)} s, ${(median.cpuWithPickingSeconds / row.cli.cpuSeconds).toFixed(2)}×)`,
            16,
          ),
          pad(`${longest.toFixed(0)} ms`, 13),
          pad(`${longestCpu.toFixed(0)} ms`, 8),
          pad(`${scroll.toFixed(0)} ms`, 16),
          pad(`${scrollCpu.toFixed(0)} ms`, 8),
        ].join(" "),
      );
  out("");
}

async function readyLine(): Promise<void> {
  const ready = await readerReady();
  out(
    "A reading thread ready, from its start to its answer for a first (empty) file, median of 3 starts " +
      `(target: 300 ms): CLI ${ready.cliMs.toFixed(0)} ms, page served ${ready.pageMs.served.toFixed(0)} ms, ` +
      `thidua.html ${ready.pageMs.file.toFixed(0)} ms`,
  );
  out("");
}

async function oneThreadTable(): Promise<void> {
  out("One file, one thread (medians): read, guard, extract, validate and reduce, against inflating it and");
  out("against the SheetJS loop's work on it (a ratio that does not depend on the number of cores)");
  out(
    "files  read: CLI (zlib)  page (fflate)  SheetJS   unzip: zlib  fflate   ÷unzip: CLI  page   ÷SheetJS: CLI  page",
  );
  const { folder: first } = await benchReports(ROOT, SIZES[0]!);
  const read = fileRead(first);
  out(
    [
      pad(SIZES[0]!, 5),
      pad(`${read.readMs.toFixed(2)} ms`, 16),
      pad(`${read.scriptReadMs.toFixed(2)} ms`, 14),
      pad(`${read.sheetjsMs.toFixed(2)} ms`, 8),
      pad(`${read.unzipMs.toFixed(2)} ms`, 13),
      pad(`${read.scriptUnzipMs.toFixed(2)} ms`, 8),
      pad(`${(read.readMs / read.unzipMs).toFixed(1)}×`, 12),
      pad(`${(read.scriptReadMs / read.scriptUnzipMs).toFixed(1)}×`, 6),
      pad(`${(read.readMs / read.sheetjsMs).toFixed(2)}×`, 15),
      pad(`${(read.scriptReadMs / read.sheetjsMs).toFixed(2)}×`, 6),
    ].join(" "),
  );
  out(`average report file: ${read.kib.toFixed(1)} KiB`);
  await coldLine(read.readMs);
  againstLine(first);
  out("");
}

/**
 * A reading process from its start over its share of a roll-up of 1,000 on two cores (or of the largest
 * folder under it), beside the warm figure: what each reading process pays to compile the reader.
 */
async function coldLine(warmMs: number): Promise<void> {
  const size = Math.max(...SIZES.filter((s) => s <= 1000), SIZES[0]!);
  const count = Math.min(500, size);
  const ms = await coldReadMs((await benchReports(ROOT, size)).folder, count);
  out(
    `A reading process of the CLI from its start over ${count} reports: ${ms.toFixed(2)} ms of CPU per report ` +
      `(its threads together), ${(ms / warmMs).toFixed(2)}× the warm figure`,
  );
}

/** This build's one-thread reading against the baseline build's, or why it could not be measured. */
function againstLine(folder: string): void {
  if (BASELINE === "none") return;
  let lib: string;
  try {
    lib = baselineBuild(BASELINE, ROOT);
  } catch (error) {
    out(
      `Against the build of ${BASELINE}: not measured (${error instanceof Error ? error.message : String(error)})`,
    );
    return;
  }
  const { thisMs, otherMs } = oneThreadAgainst(lib, folder);
  out(
    `Against the build of ${BASELINE}, alternating in one process, CPU per report (target: at most half): ` +
      `this build ${thisMs.toFixed(2)} ms, that build ${otherMs.toFixed(2)} ms, ratio ${(thisMs / otherMs).toFixed(2)}`,
  );
}

async function singleFileLine(): Promise<void> {
  const single = await singleFileOpen(path.resolve("dist/thidua.html"));
  out(
    `The page in one file (dist/thidua.html, ${single.bytes.toLocaleString("en")} bytes) opened from disk in ` +
      `Chromium: first view drawn after ${single.drawnMs.toFixed(0)} ms, a click answered after ` +
      `${single.interactiveMs.toFixed(0)} ms (target: under 2,000 ms)`,
  );
  out("");
}

async function paneTable(): Promise<void> {
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

async function main(): Promise<void> {
  mkdirSync(ROOT, { recursive: true });
  header();
  pageTable(await readingTable());
  await readyLine();
  await oneThreadTable();
  await singleFileLine();
  await paneTable();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
