/// <reference lib="webworker" />
import { serveJobs } from "./serve-jobs";

// Served over http(s), each reader is its own script, fetched beside this one.
serveJobs(
  self as unknown as DedicatedWorkerGlobalScope,
  () => new Worker(new URL("./read.worker.ts", import.meta.url), { name: "reader" }),
);
