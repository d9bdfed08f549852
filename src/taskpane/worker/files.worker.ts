/// <reference lib="webworker" />
import { processJob } from "./process-job";
import type { JobRequest } from "./protocol";

// Received files are parsed here, off the task pane's thread: Excel restarts an add-in that stops
// responding for five seconds.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<JobRequest>) => {
  void processJob(event.data, (message) => scope.postMessage(message));
};
