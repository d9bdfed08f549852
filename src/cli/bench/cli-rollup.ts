import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { BENCH_PERIOD } from "./bench-reports";
import { sampleTreeCpu } from "./tree-cpu";
import { sampleTreeMemory } from "./tree-memory";

export interface RunFigures {
  readonly seconds: number;
  /** The command's and its reading processes' resident memory together, at its highest. */
  readonly peakMiB: number;
  /** The CPU time of the command and its reading processes together, in seconds. */
  readonly cpuSeconds: number;
  readonly exitCode: number | null;
}

const ROOT = path.resolve(__dirname, "../../..");

/** The CLI's roll-up of a folder as a user runs it, in its own process: wall time and peak memory. */
export function cliRollup(folder: string, output: string): Promise<RunFigures> {
  const args = [
    path.join(ROOT, "bin/thidua.js"),
    "rollup",
    folder,
    "--period",
    BENCH_PERIOD,
    "--parent-code",
    "LDLD_BENCH",
    "--parent-name",
    "LĐLĐ tỉnh (đo tải)",
    "-o",
    output,
    "--json",
  ];
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: "ignore" });
  const peak = sampleTreeMemory(child.pid!);
  const cpu = sampleTreeCpu(child.pid!);
  return new Promise((resolve) => {
    child.on("close", (exitCode) => {
      const seconds = (performance.now() - start) / 1000;
      resolve({ seconds, peakMiB: peak(), cpuSeconds: cpu(), exitCode });
    });
  });
}
