/**
 * What `run` returns, and the CPU milliseconds this process spent on it (all its threads: the collector's work
 * is part of a read). The hostile-file tests bound the work a read may take: wall time would bound the machine's
 * load instead (a read of 3 s of CPU took 10 s of wall time in a full run beside three other test runs).
 */
export function cpuTimed<T>(run: () => T): { readonly result: T; readonly ms: number } {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}
