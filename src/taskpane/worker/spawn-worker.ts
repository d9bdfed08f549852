import { workerJobs } from "./start-job";

/** Kept apart so only the bundle sees `import.meta`: webpack turns this into the worker's own chunk. */
export const startJob = workerJobs(
  () => new Worker(new URL("./files.worker.ts", import.meta.url), { name: "files-worker" }),
);
