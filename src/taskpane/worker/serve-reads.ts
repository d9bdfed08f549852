/// <reference lib="webworker" />
import { AheadCodec } from "./ahead-codec";
import { readPrepared, type PreparedRead } from "./prepared-read";
import { READER_STARTED } from "../../pipeline/reader-started";

/**
 * Makes this worker one reader of the pool: a prepared file in (see PreparedRead), its small checked
 * result out; its grid is dropped here. Files come in the order the pool sent them and are answered in
 * that order, the next one already waiting when this one is done. It says first that it runs (see
 * becomeJobWorker).
 */
export function serveReads(scope: DedicatedWorkerGlobalScope): void {
  const codec = new AheadCodec();
  scope.onmessage = (event: MessageEvent<PreparedRead>) => scope.postMessage(readPrepared(event.data, codec));
  scope.postMessage(READER_STARTED);
}
