import { processJob } from "../../src/taskpane/worker/process-job";
import type { JobResult } from "../../src/taskpane/worker/protocol";
import { settler, type StartJob } from "../../src/taskpane/worker/start-job";

/** Runs jobs in the test's own thread: the same processing the worker does, without a Worker. */
export const inProcessJobs: StartJob = (request, onProgress, onSummary) => {
  const result = new Promise<JobResult>((resolve, reject) => {
    void processJob(request, settler({ onProgress, onSummary, resolve, reject }));
  });
  return { result, cancel: () => undefined };
};
