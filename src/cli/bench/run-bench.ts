import { performance } from "node:perf_hooks";
import {
  defaultTargets,
  extract,
  layoutReport,
  layoutSummary,
  parsePeriod,
  rollup,
  TEMPLATE_IDS,
  validate,
  type Submission,
} from "../../core";
import { readWorkbookGrid, writeWorkbookPlan } from "../../xlsx";
import { sampleForms } from "../../core";
import { sha256 } from "../files";

/** Prints how fast files are written, read and rolled up; figures, not pass/fail. */
const UNITS = Number(process.env.BENCH_UNITS ?? 200);
const period = parsePeriod("2025-D1")!;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

async function main(): Promise<void> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  const writes: number[] = [];
  for (let i = 0; i < UNITS; i++) {
    const unit = { code: `U${String(i).padStart(3, "0")}`, name: `Công đoàn ${i}`, kind: "commune" as const };
    const plan = layoutReport({
      unit,
      period,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
      forms: sampleForms(TEMPLATE_IDS, i),
    });
    const t = performance.now();
    files.push({ name: `${unit.code}.xlsx`, bytes: await writeWorkbookPlan(plan) });
    writes.push(performance.now() - t);
    sample();
  }
  const reads: number[] = [];
  const submissions: Submission[] = [];
  const readStart = performance.now();
  for (const file of files) {
    const t = performance.now();
    const extraction = extract(readWorkbookGrid(file.bytes, file.name));
    validate(extraction);
    reads.push(performance.now() - t);
    submissions.push({ source: { name: file.name, sha256: sha256(file.bytes) }, extraction });
    sample();
  }
  const readAll = performance.now() - readStart;
  let t = performance.now();
  const summary = rollup(submissions);
  const rollupMs = performance.now() - t;
  t = performance.now();
  const bytes = await writeWorkbookPlan(layoutSummary(summary));
  const summaryMs = performance.now() - t;
  sample();

  const size = files.reduce((s, f) => s + f.bytes.byteLength, 0) / files.length;
  const lines = [
    `units: ${UNITS}, average unit file ${(size / 1024).toFixed(1)} KiB, summary ${(bytes.byteLength / 1024).toFixed(1)} KiB`,
    `write a unit workbook (exceljs):          median ${ms(median(writes))}, p95 ${ms(p95(writes))}`,
    `read + extract + validate a unit file:    median ${ms(median(reads))}, p95 ${ms(p95(reads))}`,
    `read + extract + validate all files:      ${ms(readAll)}`,
    `roll up (core, incl. validation):         ${ms(rollupMs)}`,
    `lay out + write the summary workbook:     ${ms(summaryMs)}`,
    `peak RSS:                                 ${(peakRss / 1024 / 1024).toFixed(0)} MiB`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
