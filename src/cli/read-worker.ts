import { parentPort } from "node:worker_threads";
import { reduceSubmission } from "../pipeline";
import { readFileSubmission } from "./files";
import type { ReadTask } from "./read-pool";

// One thread of the read pool: reads, checks and reduces one received file at a time, so only the small
// result crosses back and the file's grid is dropped here.
parentPort?.on("message", (task: ReadTask) => {
  void readFileSubmission(task.path).then((submission) =>
    parentPort?.postMessage(reduceSubmission(submission, task.purpose)),
  );
});
