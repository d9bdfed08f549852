import { JOB_WORKER } from "./single-file-roles";
import { workerJobs } from "./start-job";

/** The worker script (single-file.worker.ts, bundled whole), written in here as text by the build. */
declare const THIDUA_WORKER_SCRIPT: string;

let script: { readonly text: string; readonly url: string } | undefined;

/** Made once: every job's worker starts from the same blob: URL. */
function workerScript() {
  if (!script) {
    const text = THIDUA_WORKER_SCRIPT;
    script = { text, url: URL.createObjectURL(new Blob([text], { type: "text/javascript" })) };
  }
  return script;
}

/**
 * thidua.html's jobs. Opened from disk, a page may start no worker from a file, so it carries its worker
 * as text and starts it from a blob: URL; the worker gets the text too, to start its readers from.
 */
export const startJob = workerJobs(() => {
  const { text, url } = workerScript();
  const worker = new Worker(url, { name: JOB_WORKER });
  worker.postMessage(text);
  return worker;
});
