import { processJob } from "../../src/taskpane/worker/process-job";
import type { JobResult } from "../../src/taskpane/worker/protocol";
import { settle, type StartJob } from "../../src/taskpane/worker/start-job";

/** Runs jobs in the test's own thread: the same processing the worker does, without a Worker. */
export const inProcessJobs: StartJob = (request, onProgress) => {
  const result = new Promise<JobResult>((resolve, reject) => {
    void processJob(request, (message) => settle(message, { onProgress, resolve, reject }));
  });
  return { result, cancel: () => undefined };
};
