import { readdirSync, readFileSync } from "node:fs";

/** Resident memory, in KiB: its own (the heap: anonymous and shared memory), and files mapped (code). */
interface Resident {
  readonly ownKib: number;
  readonly fileKib: number;
}

const kibOf = (status: string, field: string) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);

/** A process's resident memory and its children's ids, from Linux's /proc; null once it has ended. */
function processMemory(pid: number): { resident: Resident; children: number[] } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
    return {
      resident: {
        ownKib: kibOf(status, "RssAnon") + kibOf(status, "RssShmem"),
        fileKib: kibOf(status, "RssFile"),
      },
      children,
    };
  } catch {
    return null;
  }
}

/** The resident memory of a process and all its descendants. */
function treeMemory(pid: number): Resident[] {
  const found = processMemory(pid);
  return found ? [found.resident, ...found.children.flatMap(treeMemory)] : [];
}

/**
 * What a process and its descendants hold in memory together, in KiB: each one's own, and the files they
 * map once: every one of them maps the same Node and the same code, shared by the system.
 */
function treeKib(pid: number): number {
  const tree = treeMemory(pid);
  return tree.reduce((sum, one) => sum + one.ownKib, 0) + Math.max(0, ...tree.map((one) => one.fileKib));
}

/**
 * Samples the memory of a process with its reading processes every `everyMs` until stopped; the peak of
 * their sum, in MiB (NaN where there is no /proc to read). A sample can miss a peak shorter than the
 * interval: the figure is a floor, within a few MiB at 10 ms.
 */
export function sampleTreeMemory(pid: number, everyMs = 10): () => number {
  let peakKib = Number.NaN;
  const sample = () => {
    const kib = treeKib(pid);
    if (kib > 0) peakKib = Number.isNaN(peakKib) ? kib : Math.max(peakKib, kib);
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return () => {
    clearInterval(timer);
    return peakKib / 1024;
  };
}
