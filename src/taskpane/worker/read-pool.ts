import {
  failedRead,
  FILE_TIME_LIMIT_MS,
  runPool,
  type PoolWorker,
  type PoolWorkerEvents,
  type ReadOutcome,
  type ReadPurpose,
} from "../../pipeline";
import type { FilePayload } from "./protocol";
import type { ReadFiles } from "./read-files";

/** A file for one reader worker, which reads its bytes itself. */
export interface ReadRequest {
  readonly file: FilePayload;
  readonly purpose: ReadPurpose;
}

const MAX_READERS = 8;

function webWorkers(create: () => Worker) {
  return (events: PoolWorkerEvents<ReadOutcome>): PoolWorker<ReadRequest> => {
    const worker = create();
    worker.onmessage = (event: MessageEvent<ReadOutcome>) => events.done(event.data);
    // A browser gives a worker no memory limit of its own: one that runs out crashes, and is replaced.
    worker.onerror = (event) => {
      event.preventDefault();
      events.failed("crash");
    };
    return {
      post: (request) => worker.postMessage(request),
      terminate: () => worker.terminate(),
    };
  };
}

/** Reads a job's files on a pool of workers, one per core, each file under the time limit. */
export const readOnPool =
  (create: () => Worker, cores: number): ReadFiles =>
  (files, purpose, progress) =>
    runPool<ReadRequest, ReadOutcome>(
      files.map((file) => ({ file, purpose })),
      {
        size: Math.min(MAX_READERS, Math.max(1, cores)),
        timeoutMs: FILE_TIME_LIMIT_MS,
        spawn: webWorkers(create),
        failed: (request, why) => failedRead({ name: request.file.name, sha256: "" }, purpose, why),
        progress: (done, _total, request) => progress(done, request.file.name),
      },
    );
