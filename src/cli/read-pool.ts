import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
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

export interface ReadTask extends InputFile {
  readonly purpose: ReadPurpose;
}

/**
 * The compiled worker next to this module; when the CLI runs from its TypeScript sources (the tests), the
 * build that `npm test` makes first.
 */
function workerEntry(): string {
  const beside = path.join(__dirname, "read-worker.js");
  return existsSync(beside) ? beside : path.resolve(__dirname, "../../lib/cli/read-worker.js");
}

/**
 * Worker threads for the pool, each under the memory limit; `code` is a script to run instead of a file.
 * The limit is on the old generation, where a hostile file's data piles up; the young one is V8's own
 * size for 64-bit (48 MB): at 16 MB a report took 15 % longer in collections, and a 3,400-file roll-up
 * peaks 8 MiB higher with it, as the peak comes after the readers are gone.
 */
export const nodeWorkers =
  <T, R>(entry: string, memoryMb = FILE_MEMORY_LIMIT_MB, code = false) =>
  (events: PoolWorkerEvents<R>): PoolWorker<T> => {
    const worker = new Worker(entry, {
      eval: code,
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 48 },
      // What a library prints while reading a hostile file is no message for the user: it is discarded.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
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
      spawn: nodeWorkers<ReadTask, ReadOutcome>(workerEntry()),
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
