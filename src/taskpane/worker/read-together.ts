import type { FilePayload } from "./protocol";

/** A picked file's bytes, read by the browser. */
export type ReadBytes = (file: File) => Promise<ArrayBuffer>;

export const readAlone: ReadBytes = (file) => file.arrayBuffer();

/**
 * Files read with one read of the browser's: their bytes one after another. Chromium pays per read, not
 * per byte: 1,000 reports of 40 KB read one by one took 2.0–2.4 s of CPU (the browser's file threads
 * 1.3–1.5 s, the reading worker's 0.6–0.9 s), ten at a time 0.65–0.8 s.
 */
export type ReadMany = (files: readonly File[]) => Promise<ArrayBuffer>;

const readAsOne: ReadMany = (files) => new Blob(files as File[]).arrayBuffer();

/** The most files, and bytes, read together: a run of reports, never more than a small file's worth. */
export const TOGETHER_FILES = 16;
export const TOGETHER_BYTES = 1024 * 1024;

/**
 * Reads `files` (a job's, in the order its readers are sent them; it may grow while they are read) in
 * runs: asked for one, it reads it with those after it, up to TOGETHER_FILES and TOGETHER_BYTES, and
 * keeps their bytes until each is asked for. A file larger than a run (oversized ones too, which are
 * refused by their size and never asked for) is read alone; so is every file of a run whose read
 * failed or gave other than their sizes together: one that is gone, or changed since it was picked, is
 * then refused by its own read, as it always was, and the others read.
 */
export function readTogether(files: readonly FilePayload[], readMany: ReadMany = readAsOne): ReadBytes {
  const ahead = new Map<File, Promise<ArrayBuffer>>();
  let next = 0;
  const small = (file: File) => file.size <= TOGETHER_BYTES;
  /** The run that starts at `at`: files small enough, each once. */
  const runFrom = (at: number): File[] => {
    const run = [files[at]!.file];
    let bytes = run[0]!.size;
    for (let more = at + 1; more < files.length && run.length < TOGETHER_FILES; more++) {
      const one = files[more]!.file;
      if (!small(one) || bytes + one.size > TOGETHER_BYTES || run.includes(one) || ahead.has(one)) break;
      run.push(one);
      bytes += one.size;
    }
    return run;
  };
  return (file) => {
    const kept = ahead.get(file);
    if (kept) {
      ahead.delete(file);
      return kept;
    }
    let at = next;
    while (at < files.length && files[at]!.file !== file) at++;
    if (at === files.length || !small(file)) return readAlone(file);
    const run = runFrom(at);
    next = at + run.length;
    if (run.length === 1) return readAlone(file);
    const bytes = run.reduce((sum, one) => sum + one.size, 0);
    const together = Promise.resolve(run)
      .then(readMany)
      .then((all) => (all.byteLength === bytes ? all : null));
    let start = 0;
    const own = run.map((one) => {
      const from = start;
      start += one.size;
      return together.then(
        (all) => (all ? all.slice(from, from + one.size) : readAlone(one)),
        () => readAlone(one),
      );
    });
    // A file gone since it was picked is refused when it is asked for; until then its failure waits.
    for (const [i, one] of run.entries()) {
      if (i === 0) continue;
      ahead.set(one, own[i]!);
      own[i]!.catch(() => undefined);
    }
    return own[0]!;
  };
}
