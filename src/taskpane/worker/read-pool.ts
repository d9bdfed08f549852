import {
  failedRead,
  FILE_TIME_LIMIT_MS,
  READER_START_LIMIT_MS,
  READER_STARTED,
  runPool,
  type PoolWorker,
  type PoolWorkerEvents,
  type ReadOutcome,
  type ReadPurpose,
} from "../../pipeline";
import { prepareRead, transferred } from "./prepared-read";
import type { FilePayload } from "./protocol";
import type { ReadFiles } from "./read-files";
import { readTogether, type ReadBytes } from "./read-together";
import type { StartedReader, StartedReaders } from "./start-readers";

/** A file for one reader worker, prepared for it on the job's thread (see PreparedRead). */
export interface ReadRequest {
  readonly file: FilePayload;
  readonly purpose: ReadPurpose;
}

function webWorkers(create: () => Worker, started: StartedReader[], read: ReadBytes) {
  return (events: PoolWorkerEvents<ReadOutcome>): PoolWorker<ReadRequest> => {
    const ahead = started.shift();
    const worker = ahead?.worker ?? create();
    worker.onmessage = (event: MessageEvent<ReadOutcome | typeof READER_STARTED>) => {
      if (event.data === READER_STARTED) events.started();
      else events.done(event.data);
    };
    if (ahead?.running) events.started();
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
        const prepared = prepareRead(request.file, request.purpose, read);
        handed = handed.then(() => prepared).then((read) => worker.postMessage(read, transferred(read)));
      },
      terminate: () => worker.terminate(),
    };
  };
}

/**
 * Reads a job's files on a pool of workers, the `readers` started for it (see startReaders) first, each
 * file under the time limit, counted once its reader runs.
 */
export function readOnPool(create: () => Worker, readers: StartedReaders): ReadFiles {
  const { size, started } = readers;
  return (files, purpose, progress, coming) => {
    // The pool's tasks, growing with the files as they come.
    const requests = files.map((file) => ({ file, purpose }));
    coming?.onMore(() => {
      for (const file of files.slice(requests.length)) requests.push({ file, purpose });
    });
    return runPool<ReadRequest, ReadOutcome>(requests, {
      size,
      timeoutMs: FILE_TIME_LIMIT_MS,
      startLimitMs: READER_START_LIMIT_MS,
      spawn: webWorkers(create, started, readTogether(files)),
      failed: (request, why) => failedRead({ name: request.file.name, sha256: "" }, purpose, why),
      progress: (done, _total, request) => progress(done, request.file.name),
      coming,
    });
  };
}
