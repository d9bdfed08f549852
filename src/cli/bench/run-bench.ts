import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchReports } from "./bench-reports";
import { cliRollup } from "./cli-rollup";
import { fileRead } from "./file-read";
import { pageRollup } from "./page-rollup";
import { buildPaneWrite, paneWrite } from "./pane-write";

/**
 * Prints how fast received workbooks are rolled up, by the CLI and by the page, at three scales: figures
 * to compare with the targets, not pass or fail. BENCH_SIZES=100,1000 and BENCH_PAGE=0 narrow it.
 */
const SIZES = (process.env.BENCH_SIZES ?? "100,1000,3400").split(",").map(Number);
const PAGE_MAX = Number(process.env.BENCH_PAGE_MAX ?? 3400);
const ROOT = path.resolve(process.env.BENCH_DIR ?? "bench-output");

const pad = (s: string | number, n: number) => String(s).padStart(n);

async function main(): Promise<void> {
  mkdirSync(ROOT, { recursive: true });
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`Thi Đua bench — ${os.cpus().length} cores, Node ${process.version}, ${os.cpus()[0]?.model ?? ""}`);
  out(
    "files  CLI wall  CLI peak   read/file: CLI  page   unzip: zlib  fflate   ratio: CLI  page   page wall  longest task: roll-up  scroll+filter",
  );
  for (const size of SIZES) {
    const folder = await benchReports(ROOT, size);
    const cli = await cliRollup(folder, path.join(ROOT, `tong-hop-${size}.xlsx`));
    const read = fileRead(folder);
    const page = size <= PAGE_MAX ? await pageRollup(folder) : null;
    out(
      [
        pad(size, 5),
        pad(`${cli.seconds.toFixed(2)} s`, 9),
        pad(`${cli.peakMiB.toFixed(0)} MiB`, 9),
        pad(`${read.readMs.toFixed(2)} ms`, 14),
        pad(`${read.scriptReadMs.toFixed(2)} ms`, 8),
        pad(`${read.unzipMs.toFixed(2)} ms`, 12),
        pad(`${read.scriptUnzipMs.toFixed(2)} ms`, 8),
        pad(`${(read.readMs / read.unzipMs).toFixed(1)}×`, 11),
        pad(`${(read.scriptReadMs / read.scriptUnzipMs).toFixed(1)}×`, 6),
        pad(page ? `${page.seconds.toFixed(2)} s` : "—", 10),
        pad(page ? `${page.longestTaskMs.toFixed(0)} ms` : "—", 22),
        pad(page ? `${page.scrollLongestMs.toFixed(0)} ms` : "—", 14),
      ].join(" ") + (cli.exitCode === 0 ? "" : `  (CLI exit ${cli.exitCode})`),
    );
  }
  out("");
  out(
    "Excel pane (Chromium, an Excel that only takes requests): the pane's own thread while it writes the summary",
  );
  out("files  roll-up + write  write  requests      cells  longest task: writing  from the click");
  buildPaneWrite();
  for (const size of SIZES.filter((s) => s <= PAGE_MAX)) {
    const pane = await paneWrite(await benchReports(ROOT, size));
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
  out(`average report file: ${fileRead(await benchReports(ROOT, SIZES[0]!), 50).kib.toFixed(1)} KiB`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
