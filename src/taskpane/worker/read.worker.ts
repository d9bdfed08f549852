/// <reference lib="webworker" />
import { readPayload } from "./read-payload";
import type { ReadRequest } from "./read-pool";

// One reader of the pool: a file in, its small checked result out; its grid is dropped here.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ReadRequest>) => {
  void readPayload(event.data.file, event.data.purpose).then((outcome) => scope.postMessage(outcome));
};
