import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { BENCH_PERIOD } from "./bench-reports";

export interface RunFigures {
  readonly seconds: number;
  readonly peakMiB: number;
  readonly exitCode: number | null;
}

const ROOT = path.resolve(__dirname, "../../..");

/** The CLI's roll-up of a folder as a user runs it, in its own process: wall time and peak memory. */
export function cliRollup(folder: string, output: string): Promise<RunFigures> {
  const args = [
    "-r",
    path.join(__dirname, "report-peak.js"),
    path.join(ROOT, "bin/thidua.js"),
    "rollup",
    folder,
    "--period",
    BENCH_PERIOD,
    "-o",
    output,
    "--json",
  ];
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => {
    child.on("close", (exitCode) => {
      const peak = /THIDUA_PEAK_RSS_KIB=(\d+)/.exec(err);
      resolve({
        seconds: (performance.now() - start) / 1000,
        peakMiB: peak ? Number(peak[1]) / 1024 : NaN,
        exitCode,
      });
    });
  });
}
