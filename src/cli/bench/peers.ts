import { spawnSync } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openpyxlPython } from "./bench-reports";

const ROOT = path.resolve(__dirname, "../../..");

/** A peer's run over a folder: its wall time as a process, and the sum it printed (to show it read the figures). */
export interface PeerRun {
  readonly seconds: number;
  readonly sum?: number;
}

function timed(command: string, args: readonly string[]): PeerRun {
  const start = performance.now();
  const run = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`${path.basename(args[0]!)} failed: ${run.stderr.slice(0, 500)}`);
  const printed = JSON.parse(run.stdout) as { sum?: number };
  return { seconds, ...(printed.sum !== undefined ? { sum: printed.sum } : {}) };
}

/** A plain single-threaded SheetJS loop that reads every file and sums the TD_ names. */
export const sheetjsLoop = (folder: string) =>
  timed(process.execPath, [path.join(__dirname, "sheetjs-loop.js"), folder]);

/** The same in Python with openpyxl, what a federation's IT person might write; null where it is not installed. */
export function openpyxlLoop(folder: string): PeerRun | null {
  const python = openpyxlPython();
  return python ? timed(python, [path.join(ROOT, "scripts/bench/openpyxl-sum.py"), folder]) : null;
}

/** Node's zlib inflating every part of every file: no reader can go below it. */
export const unzipLoop = (folder: string) =>
  timed(process.execPath, [path.join(__dirname, "unzip-loop.js"), folder]);
