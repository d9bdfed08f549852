/// <reference lib="webworker" />
import { readPayload } from "./read-payload";
import type { ReadRequest } from "./read-pool";

/**
 * Makes this worker one reader of the pool: a file in, its small checked result out; its grid is dropped
 * here. The pool sends the next file before this one is done, so files are read one after another,
 * answered in the order sent.
 */
export function serveReads(scope: DedicatedWorkerGlobalScope): void {
  let previous: Promise<unknown> = Promise.resolve();
  scope.onmessage = (event: MessageEvent<ReadRequest>) => {
    const read = previous
      .then(() => readPayload(event.data.file, event.data.purpose))
      .then((outcome) => scope.postMessage(outcome));
    previous = read.catch(() => undefined);
  };
}
