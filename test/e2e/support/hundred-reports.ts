import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reportBytes } from "../../support/report-file";

export interface Upload {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const code = (i: number) => `P${String(i).padStart(3, "0")}`;
const NAMES = Array.from({ length: 100 }, (_, i) => `${code(i + 1)}.xlsx`);

/**
 * Where this run's browser files keep the hundred reports: in the production build's record (RECORD of
 * production-build.js), which the browser tier's global setup removes when a run starts, so no report
 * outlives the code that made it.
 */
const KEPT = path.resolve(__dirname, "../../../test-output/production-build/hundred-reports");

async function makeReports(): Promise<Upload[]> {
  const files: Upload[] = [];
  for (let i = 1; i <= 99; i++) files.push({ name: NAMES[i - 1]!, bytes: await reportBytes(code(i), i) });
  // A report whose figures contradict each other: refused, with its reason.
  files.push({
    name: NAMES[99]!,
    bytes: await reportBytes(code(100), 100, { TD_B01_state_cla_signed: 99_999 }),
  });
  return files;
}

/** Keeps the reports for the run's other browser files: written aside, then put in place in one rename. */
function keep(files: readonly Upload[]): void {
  const aside = `${KEPT}.${process.pid}`;
  mkdirSync(aside, { recursive: true });
  for (const f of files) writeFileSync(path.join(aside, f.name), f.bytes);
  try {
    renameSync(aside, KEPT);
  } catch {
    // Another file of the run kept them first.
    rmSync(aside, { recursive: true, force: true });
  }
}

/**
 * P001…P099, consistent reports of seeds 1…99, and P100, whose figures contradict each other: made once a
 * run (~8 s of CPU) for the browser files that roll them up.
 */
export async function hundredReports(): Promise<Upload[]> {
  if (existsSync(KEPT))
    return NAMES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(KEPT, name))) }));
  const files = await makeReports();
  keep(files);
  return files;
}
