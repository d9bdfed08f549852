/// <reference lib="webworker" />
import { startReaders } from "./start-readers";

/**
 * Makes this worker the job worker, its readers (from `createReader`) started before anything else: a
 * reader loads and compiles its code meanwhile, where it waited for this worker's own code (the roll-up,
 * the summary's layout and writer) to load first. Messages that come before that code is loaded wait.
 */
export function becomeJobWorker(scope: DedicatedWorkerGlobalScope, createReader: () => Worker): void {
  const readers = startReaders(createReader, scope.navigator.hardwareConcurrency || 2);
  const early: MessageEvent[] = [];
  scope.onmessage = (event) => void early.push(event);
  void import("./serve-jobs").then(({ serveJobs }) => {
    serveJobs(scope, createReader, readers);
    for (const event of early) scope.onmessage?.(event);
  });
}
