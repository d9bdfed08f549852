/// <reference lib="webworker" />
import { fetchPayload, readFetched } from "./read-payload";
import type { ReadRequest } from "./read-pool";

/**
 * Makes this worker one reader of the pool: a file in, its small checked result out; its grid is dropped
 * here. The pool sends the next file before this one is done, so files are read one after another,
 * answered in the order sent; the next file's bytes and digest are fetched meanwhile, so the thread does
 * not wait for them between two files.
 */
export function serveReads(scope: DedicatedWorkerGlobalScope): void {
  let previous: Promise<unknown> = Promise.resolve();
  scope.onmessage = (event: MessageEvent<ReadRequest>) => {
    const { file, purpose } = event.data;
    const fetched = fetchPayload(file, purpose);
    // Its failure is the read's, below; until the read waits on it, it is not left unhandled.
    fetched.catch(() => undefined);
    const read = previous
      .then(() => fetched)
      .then((payload) => scope.postMessage(readFetched(payload, purpose)));
    previous = read.catch(() => undefined);
  };
}
