import os from "node:os";
import {
  failedRead,
  FILE_MEMORY_LIMIT_MB,
  FILE_TIME_LIMIT_MS,
  runPool,
  type PoolWorker,
  type PoolWorkerEvents,
  type ReadOutcome,
  type ReadPurpose,
} from "../pipeline";
import type { InputFile } from "./files";
import { READ_WORKER, readingDone, workerFor } from "./thread-start";

export interface ReadTask extends InputFile {
  readonly purpose: ReadPurpose;
}

/** Worker threads for the pool, each under the memory limit; `code` is a script to run instead of a file. */
export const nodeWorkers =
  <T, R>(entry: string, memoryMb = FILE_MEMORY_LIMIT_MB, code = false) =>
  (events: PoolWorkerEvents<R>): PoolWorker<T> => {
    const worker = workerFor({ entry, memoryMb, code });
    worker.on("message", (result: R) => events.done(result));
    worker.on("error", (error: Error & { code?: string }) =>
      events.failed(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash"),
    );
    worker.on("exit", () => events.failed("crash"));
    return {
      post: (task) => worker.postMessage(task),
      terminate: () => void worker.terminate(),
    };
  };

/**
 * Reads received files on every core, each under a time and memory limit: a file that exceeds them is
 * refused with its reason and the others go on. Outcomes come back in the files' order.
 */
function readFiles(
  files: readonly InputFile[],
  purpose: ReadPurpose,
  progress?: Progress,
): Promise<ReadOutcome[]> {
  return runPool<ReadTask, ReadOutcome>(
    files.map((file) => ({ ...file, purpose })),
    {
      size: os.availableParallelism(),
      timeoutMs: FILE_TIME_LIMIT_MS,
      spawn: nodeWorkers<ReadTask, ReadOutcome>(READ_WORKER.entry),
      failed: (task, why) => failedRead({ name: task.name, sha256: "" }, purpose, why),
      ...(progress
        ? {
            progress: (done: number, _total: number, task: ReadTask) => progress(done, task.name),
          }
        : {}),
    },
  ).finally(readingDone);
}

type Progress = (done: number, file: string) => void;

export async function readForRollup(files: readonly InputFile[], progress?: Progress) {
  return (await readFiles(files, "rollup", progress)).flatMap((o) => (o.purpose === "rollup" ? [o] : []));
}

export async function readForValidation(files: readonly InputFile[], progress?: Progress) {
  return (await readFiles(files, "validate", progress)).flatMap((o) => (o.purpose === "validate" ? [o] : []));
}
