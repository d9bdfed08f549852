import { DeferredWorker } from "./deferred-worker";
import { JOB_WORKER } from "./single-file-roles";
import { workerJobs } from "./start-job";

let script: Promise<{ readonly text: string; readonly url: string }> | undefined;

/** Unpacked once: every job's worker starts from the same blob: URL. */
function workerScript() {
  script ??= import("./single-file-worker-text").then(({ workerText: text }) => ({
    text,
    url: URL.createObjectURL(new Blob([text], { type: "text/javascript" })),
  }));
  return script;
}

/**
 * thidua.html's jobs. Opened from disk, a page may start no worker from a file, so it carries its worker
 * as text and starts it from a blob: URL; the worker gets the text too, to start its readers from.
 */
export const startJob = workerJobs(
  () =>
    new DeferredWorker(
      workerScript().then(({ text, url }) => {
        const worker = new Worker(url, { name: JOB_WORKER });
        worker.postMessage(text);
        return worker;
      }),
    ),
);
