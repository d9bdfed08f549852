import type { Coming, ReadOutcome, ReadPurpose } from "../../pipeline";
import type { FilePayload } from "./protocol";
import { readPayload } from "./read-payload";

/**
 * Reads a job's files; reports after each one how many are done and which came last. Where `coming` is
 * given, `files` fills up while they are read (see ComingFiles).
 */
export type ReadFiles = (
  files: readonly FilePayload[],
  purpose: ReadPurpose,
  progress: (done: number, file: string) => void,
  coming?: Coming,
) => Promise<ReadOutcome[]>;

/** Resolves once `files` holds more than `count`. */
const moreThan = (files: readonly unknown[], count: number, coming: Coming) =>
  new Promise<void>((resolve) => {
    if (files.length > count) return resolve();
    coming.onMore(() => files.length > count && resolve());
  });

/** One file after another in this thread: where no further worker can be started (tests, old hosts). */
export const readInThisThread: ReadFiles = async (files, purpose, progress, coming) => {
  const outcomes: ReadOutcome[] = [];
  for (let at = 0; at < (coming?.total ?? files.length); at++) {
    if (coming) await moreThan(files, at, coming);
    const file = files[at]!;
    outcomes.push(await readPayload(file, purpose));
    progress(outcomes.length, file.name);
  }
  return outcomes;
};
