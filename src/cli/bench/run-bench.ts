import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchReports, openpyxlPython } from "./bench-reports";
import { cliRollup, type RunFigures } from "./cli-rollup";
import { fileRead } from "./file-read";
import { pageRollup, type PageFigures } from "./page-rollup";
import { singleFileOpen } from "./single-file-open";
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
/**
 * Rounds of every contender, run in turn, so that a machine whose speed wanders (a virtual one: by a fifth
 * from one minute to the next) slows them all alike; each one's median is printed. BENCH_ROUNDS sets it.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

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
  readonly page: PageFigures | null;
}

async function round(folder: string, size: number): Promise<Round> {
  return {
    cli: await cliRollup(folder, path.join(ROOT, `tong-hop-${size}.xlsx`)),
    sheetjs: sheetjsLoop(folder),
    openpyxl: size <= OPENPYXL_MAX ? openpyxlLoop(folder) : null,
    unzip: unzipLoop(folder),
    page: size <= PAGE_MAX ? await pageRollup(folder) : null,
  };
}

/** The run of median time among one contender's rounds (of two middle ones, the faster; null where not run). */
function medianOf<T extends { readonly seconds: number }>(runs: readonly (T | null)[]): T | null {
  const ran = runs.filter((run): run is T => run !== null).sort((a, b) => a.seconds - b.seconds);
  return ran[(ran.length - 1) >> 1] ?? null;
}

const CONTENDERS = [
  ["CLI", "cli"],
  ["SheetJS", "sheetjs"],
  ["openpyxl", "openpyxl"],
  ["unzip", "unzip"],
  ["page", "page"],
] as const;

/** Each contender's time in every round, to show how far the machine wandered. */
function eachRound(rounds: readonly Round[]): string {
  return CONTENDERS.flatMap(([name, key]) => {
    const runs = rounds.map((r) => r[key]);
    return runs[0] ? [`${name} ${runs.map((run) => run!.seconds.toFixed(2)).join(" ")} s`] : [];
  }).join(" · ");
}

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
    const rounds: Round[] = [];
    for (let r = 0; r < ROUNDS; r++) rounds.push(await round(folder, size));
    const cli = medianOf(rounds.map((r) => r.cli))!;
    const sheetjs = medianOf(rounds.map((r) => r.sheetjs));
    const openpyxl = medianOf(rounds.map((r) => r.openpyxl));
    const unzip = medianOf(rounds.map((r) => r.unzip));
    const page = medianOf(rounds.map((r) => r.page));
    const pages = rounds.flatMap((r) => (r.page ? [r.page] : []));
    if (pages.length > 0)
      pageRuns.push({
        size,
        longest: Math.max(...pages.map((p) => p.longestTaskMs)),
        scroll: Math.max(...pages.map((p) => p.scrollLongestMs)),
      });
    const exitCodes = rounds.map((r) => r.cli.exitCode).filter((code) => code !== 0);
    out(
      [
        pad(size, 5),
        seconds(cli, 10),
        pad(`${Math.max(...rounds.map((r) => r.cli.peakMiB)).toFixed(0)} MiB`, 9),
        seconds(sheetjs, 13),
        seconds(openpyxl, 9),
        seconds(unzip, 11),
        ratio(sheetjs, cli, 13),
        ratio(openpyxl, cli, 13),
        ratio(cli, unzip, 10),
        seconds(page, 11),
        ratio(page, cli, 9),
      ].join(" ") + (exitCodes.length === 0 ? "" : `  (CLI exit ${exitCodes.join(", ")})`),
    );
    if (ROUNDS > 1) out(`       each round: ${eachRound(rounds)}`);
  }
  if (ROUNDS > 1)
    out(`Medians of ${ROUNDS} rounds, the contenders run in turn; the CLI's peak is the highest.`);
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
  const single = await singleFileOpen(path.resolve("dist/thidua.html"));
  out(
    `The page in one file (dist/thidua.html, ${single.bytes.toLocaleString("en")} bytes) opened from disk in ` +
      `Chromium: first view drawn after ${single.drawnMs.toFixed(0)} ms, a click answered after ` +
      `${single.interactiveMs.toFixed(0)} ms (target: under 2,000 ms)`,
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
