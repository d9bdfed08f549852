/// <reference lib="webworker" />
import { startReaders } from "./start-readers";

type JobCode = typeof import("./serve-jobs");

/** The longest the job's code waits for a reader to run. */
const READER_START_WAIT_MS = 500;

/**
 * Makes this worker the job worker, its readers (from `createReader`) started before anything else: a
 * reader loads and compiles its code meanwhile, where it waited for this worker's own code (the roll-up,
 * the summary's layout and writer) to load first. A worker's worker starts on its parent's thread, which
 * loading that code held for 0.1–0.5 s: it loads once a reader runs (or after a while, should none ever
 * run). Messages that come before it is loaded wait for it.
 *
 * Should that code fail to load, the failure is thrown again from a task of its own: a rejected promise
 * reaches nobody, and the page would wait for the job forever; an error thrown in a task reaches the page
 * as the worker's error event, which fails the job with words for the user.
 */
export function becomeJobWorker(
  scope: DedicatedWorkerGlobalScope,
  createReader: () => Worker,
  loadJobCode: () => Promise<JobCode> = () => import("./serve-jobs"),
): void {
  const readers = startReaders(createReader, scope.navigator.hardwareConcurrency || 2);
  const early: MessageEvent[] = [];
  scope.onmessage = (event) => void early.push(event);
  const waited = new Promise<void>((resolve) => setTimeout(resolve, READER_START_WAIT_MS));
  void Promise.race([readers.running, waited])
    .then(loadJobCode)
    .then(
      ({ serveJobs }) => {
        serveJobs(scope, createReader, readers);
        for (const event of early) scope.onmessage?.(event);
      },
      (error: unknown) =>
        scope.setTimeout(() => {
          throw error;
        }),
    );
}
