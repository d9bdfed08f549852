import type { ReadOutcome, ReadPurpose } from "../../pipeline";
import type { FilePayload } from "./protocol";
import { readPayload } from "./read-payload";

/** Reads a job's files; reports after each one how many are done and which came last. */
export type ReadFiles = (
  files: readonly FilePayload[],
  purpose: ReadPurpose,
  progress: (done: number, file: string) => void,
) => Promise<ReadOutcome[]>;

/** One file after another in this thread: where no further worker can be started (tests, old hosts). */
export const readInThisThread: ReadFiles = async (files, purpose, progress) => {
  const outcomes: ReadOutcome[] = [];
  for (const file of files) {
    outcomes.push(await readPayload(file, purpose));
    progress(outcomes.length, file.name);
  }
  return outcomes;
};
