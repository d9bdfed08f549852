/// <reference lib="webworker" />
import { processJob } from "./process-job";
import { readOnPool } from "./read-pool";
import { gatherParts, type RequestPart } from "./request-parts";

/**
 * Makes this worker the job worker: received files are parsed off the task pane's thread (Excel restarts
 * an add-in that stops responding for five seconds), on a pool of readers from `createReader`, one a core but one (readersFor).
 */
export function serveJobs(scope: DedicatedWorkerGlobalScope, createReader: () => Worker): void {
  const readFiles = readOnPool(createReader, scope.navigator.hardwareConcurrency || 2);
  const receive = gatherParts((request) => {
    void processJob(request, (message) => scope.postMessage(message), readFiles);
  });
  scope.onmessage = (event: MessageEvent<RequestPart>) => receive(event.data);
}
