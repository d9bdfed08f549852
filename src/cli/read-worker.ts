import { parentPort } from "node:worker_threads";
import { reduceSubmission } from "../pipeline";
import { readFileSubmission } from "./file-submission";
import type { ReadTask } from "./read-pool";

// One thread of the read pool: reads, checks and reduces one received file at a time, in the order sent,
// so only the small result crosses back and the file's grid is dropped here. Reading is synchronous: this
// thread has nothing else to do meanwhile, and the pool's time limit stops a read that never returns.
parentPort?.on("message", (task: ReadTask) => {
  parentPort?.postMessage(reduceSubmission(readFileSubmission(task.path, task.name), task.purpose));
});
