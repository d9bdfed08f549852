/// <reference lib="webworker" />
import { processJob } from "./process-job";
import { readOnPool } from "./read-pool";
import { gatherParts, type RequestPart } from "./request-parts";

// Received files are parsed off the task pane's thread (Excel restarts an add-in that stops responding for
// five seconds), on a pool of readers started from here, one per core.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const readFiles = readOnPool(
  () => new Worker(new URL("./read.worker.ts", import.meta.url), { name: "reader" }),
  scope.navigator.hardwareConcurrency || 2,
);
const receive = gatherParts((request) => {
  void processJob(request, (message) => scope.postMessage(message), readFiles);
});
scope.onmessage = (event: MessageEvent<RequestPart>) => receive(event.data);
