import {
  failedRead,
  FILE_TIME_LIMIT_MS,
  runPool,
  type PoolWorker,
  type PoolWorkerEvents,
  type ReadOutcome,
  type ReadPurpose,
} from "../../pipeline";
import { prepareRead, transferred } from "./prepared-read";
import type { FilePayload } from "./protocol";
import type { ReadFiles } from "./read-files";

/** A file for one reader worker, prepared for it on the job's thread (see PreparedRead). */
export interface ReadRequest {
  readonly file: FilePayload;
  readonly purpose: ReadPurpose;
}

const MAX_READERS = 8;

/**
 * Readers for a machine of `cores` cores: one a core but one, which is left to the page's own thread and to
 * the browser's compiling and collecting for every worker. Each reader compiles the reading code anew, and
 * V8 does that work on threads of its own beside it (in Chromium 156, 4–5.5 s of CPU in a 1,000-report
 * roll-up, a third of it): with a reader on every core, they and the page's thread waited for a core. On
 * two cores, in runs alternated with the previous build on a machine shared with other work, one reader
 * rolled 1,000 reports up in 11.1–14.6 s where two took 14.3–19.7 s, with 12.7–14.0 s of the page's CPU
 * instead of 15.3–16.2.
 */
export const readersFor = (cores: number): number => Math.min(MAX_READERS, Math.max(1, cores - 1));

function webWorkers(create: () => Worker, started: Worker[]) {
  return (events: PoolWorkerEvents<ReadOutcome>): PoolWorker<ReadRequest> => {
    const worker = started.shift() ?? create();
    worker.onmessage = (event: MessageEvent<ReadOutcome>) => events.done(event.data);
    // A browser gives a worker no memory limit of its own: one that runs out crashes, and is replaced.
    worker.onerror = (event) => {
      event.preventDefault();
      events.failed("crash");
    };
    // Each file is fetched and inflated here as soon as the pool sends it, while the reader reads the one
    // before, and handed over in the order sent.
    let handed = Promise.resolve();
    return {
      post: (request) => {
        const prepared = prepareRead(request.file, request.purpose);
        handed = handed.then(() => prepared).then((read) => worker.postMessage(read, transferred(read)));
      },
      terminate: () => worker.terminate(),
    };
  };
}

/**
 * Reads a job's files on a pool of workers (readersFor the machine's cores), each file under the time
 * limit. The readers are started at once, so they have loaded their code when the job's files come.
 */
export function readOnPool(create: () => Worker, cores: number): ReadFiles {
  const size = readersFor(cores);
  const started: Worker[] = [];
  for (let i = 0; i < size; i++) {
    const worker = create();
    // One that fails before it is put to use (its script not loaded) is never used.
    worker.onerror = (event) => {
      event.preventDefault();
      const at = started.indexOf(worker);
      if (at >= 0) started.splice(at, 1);
      worker.terminate();
    };
    started.push(worker);
  }
  return (files, purpose, progress) =>
    runPool<ReadRequest, ReadOutcome>(
      files.map((file) => ({ file, purpose })),
      {
        size,
        timeoutMs: FILE_TIME_LIMIT_MS,
        spawn: webWorkers(create, started),
        failed: (request, why) => failedRead({ name: request.file.name, sha256: "" }, purpose, why),
        progress: (done, _total, request) => progress(done, request.file.name),
      },
    );
}
