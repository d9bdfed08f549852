/// <reference lib="webworker" />
import { processJob } from "./process-job";
import { readOnPool } from "./read-pool";
import { gatherParts, type RequestPart } from "./request-parts";
import type { StartedReaders } from "./start-readers";

/**
 * Makes this worker the job worker: received files are parsed off the task pane's thread (Excel restarts
 * an add-in that stops responding for five seconds), on a pool of readers from `createReader`, those
 * already started first.
 */
export function serveJobs(
  scope: DedicatedWorkerGlobalScope,
  createReader: () => Worker,
  readers: StartedReaders,
): void {
  const readFiles = readOnPool(createReader, readers);
  const receive = gatherParts((request, coming) => {
    void processJob(request, (message) => scope.postMessage(message), readFiles, coming);
  });
  scope.onmessage = (event: MessageEvent<RequestPart>) => receive(event.data);
}
