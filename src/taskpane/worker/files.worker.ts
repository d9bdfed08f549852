/// <reference lib="webworker" />
import { becomeJobWorker } from "./job-worker";

// Served over http(s), each reader is its own script, fetched beside this one.
becomeJobWorker(
  self as unknown as DedicatedWorkerGlobalScope,
  () => new Worker(new URL("./read.worker.ts", import.meta.url), { name: "reader" }),
);
