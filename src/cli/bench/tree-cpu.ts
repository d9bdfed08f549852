import { readdirSync, readFileSync } from "node:fs";

/** Linux counts a process's CPU time in clock ticks of 1/100 s (USER_HZ, the same on every platform it runs). */
const TICKS_PER_SECOND = 100;

/** A process's CPU time so far, its threads' together (the ended ones too), in seconds; null once it ended. */
function processCpu(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command's name, which may hold spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

const descendants = (pid: number): number[] =>
  childrenOf(pid).flatMap((child) => [child, ...descendants(child)]);

/**
 * Samples the CPU time of a process and its descendants (or the descendants only) every `everyMs` until
 * stopped: the seconds of CPU they used meanwhile, every core's together (NaN where there is no /proc).
 * On a machine shared with other work, CPU time is what a contender costs, where its wall time depends on
 * what else ran. A process that ends between two samples loses its last interval: a floor, within
 * `everyMs` a process.
 */
export function sampleTreeCpu(pid: number, { withRoot = true, everyMs = 50 } = {}): () => number {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let ran = false;
  // A process there at the first sample counts from its time then; one started later, from nothing.
  const sample = (initial = false) => {
    for (const one of withRoot ? [pid, ...descendants(pid)] : descendants(pid)) {
      const cpu = processCpu(one);
      if (cpu === null) continue;
      ran = true;
      if (!first.has(one)) first.set(one, initial ? cpu : 0);
      last.set(one, cpu);
    }
  };
  sample(true);
  const timer = setInterval(() => sample(), everyMs);
  return () => {
    clearInterval(timer);
    sample();
    if (!ran) return Number.NaN;
    let seconds = 0;
    for (const [one, cpu] of last) seconds += cpu - (first.get(one) ?? 0);
    return seconds;
  };
}
