import os from "node:os";
import {
  failedRead,
  FILE_MEMORY_LIMIT_MB,
  FILE_TIME_LIMIT_MS,
  READER_START_LIMIT_MS,
  READER_STARTED,
  runPool,
  type PoolWorker,
  type PoolWorkerEvents,
  type ReadOutcome,
  type ReadPurpose,
} from "../pipeline";
import type { InputFile } from "./files";
import { READER, readerFor } from "./read-processes";

export interface ReadTask extends InputFile {
  readonly purpose: ReadPurpose;
}

/** How V8 says, as a process ends, that its heap ran out. */
const OUT_OF_MEMORY = /heap out of memory|Allocation failed/;

/**
 * Reading processes for the pool, each under the memory limit: one that ends before it answers failed,
 * for want of memory where V8 said so as it ended. Each says first that it runs (READER_STARTED).
 */
export const readingProcesses =
  <T, R>(entry: string, memoryMb = FILE_MEMORY_LIMIT_MB) =>
  (events: PoolWorkerEvents<R>): PoolWorker<T> => {
    const { process: reader, running } = readerFor({ entry, memoryMb });
    let said = "";
    reader.stderr?.on("data", (chunk: Buffer) => (said = (said + chunk.toString()).slice(-4_096)));
    reader.on("message", (message: R | typeof READER_STARTED) =>
      message === READER_STARTED ? events.started() : events.done(message as R),
    );
    if (running) events.started();
    reader.on("error", () => events.failed("crash"));
    reader.on("close", () => events.failed(OUT_OF_MEMORY.test(said) ? "memory" : "crash"));
    return {
      // A reader that has ended takes nothing: its end is already on its way to the pool.
      post: (task) => void (reader.connected && reader.send(task as object)),
      terminate: () => void reader.kill("SIGKILL"),
    };
  };

/**
 * The files a reading process must have to pay for itself: each loads the reader and compiles its hot code
 * anew (a quarter of its CPU over 500 reports; its first hundred reports cost 1.6× the later ones). The
 * bench's reports on two idle cores, one reading process and two alternating (medians of 6–8 runs): 100
 * files 1.61 s with one, 1.89 s with two; 200 files 3.0 and 3.1 s; 300 files 3.98 and 3.73 s; one spent a
 * fifth to a third less CPU at every size.
 */
const FILES_PER_READER = 200;

/** How many reading processes read `files` files on `cores` cores: one per FILES_PER_READER, at most one a core. */
export const readingProcessesFor = (files: number, cores: number): number =>
  Math.max(1, Math.min(cores, Math.ceil(files / FILES_PER_READER)));

/**
 * Reads received files on the machine's cores (readingProcessesFor), each under a time and memory limit: a file
 * that exceeds them is refused with its reason and the others go on. Outcomes come back in the files'
 * order.
 */
function readFiles(
  files: readonly InputFile[],
  purpose: ReadPurpose,
  progress?: Progress,
): Promise<ReadOutcome[]> {
  return runPool<ReadTask, ReadOutcome>(
    files.map((file) => ({ ...file, purpose })),
    {
      size: readingProcessesFor(files.length, os.availableParallelism()),
      timeoutMs: FILE_TIME_LIMIT_MS,
      startLimitMs: READER_START_LIMIT_MS,
      spawn: readingProcesses<ReadTask, ReadOutcome>(READER.entry),
      failed: (task, why) => failedRead({ name: task.name, sha256: "" }, purpose, why),
      ...(progress
        ? {
            progress: (done: number, _total: number, task: ReadTask) => progress(done, task.name),
          }
        : {}),
    },
  );
}

type Progress = (done: number, file: string) => void;

export async function readForRollup(files: readonly InputFile[], progress?: Progress) {
  return (await readFiles(files, "rollup", progress)).flatMap((o) => (o.purpose === "rollup" ? [o] : []));
}

export async function readForValidation(files: readonly InputFile[], progress?: Progress) {
  return (await readFiles(files, "validate", progress)).flatMap((o) => (o.purpose === "validate" ? [o] : []));
}
