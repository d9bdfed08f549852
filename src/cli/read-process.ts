import { READER_STARTED } from "../pipeline/reader-started";
import { reduceSubmission } from "../pipeline/reduce-submission";
import { readFileSubmission } from "./file-submission";
import type { ReadTask } from "./read-pool";

// One reading process of the pool: reads, checks and reduces one received file at a time, in the order
// sent, so only the small result crosses back and the file's grid is dropped here. Reading is synchronous:
// this process has nothing else to do meanwhile, and the pool's time limit stops a read that never returns.
// It ends when the command closes its channel, or ends. Its imports name the modules they need, never a
// folder's index: an index loads what the writer and the campaign need too, and this process starts
// before a roll-up can read its first file. It says when it runs, so its start is counted against no file.
process.on("message", (task: ReadTask) => {
  process.send?.(reduceSubmission(readFileSubmission(task.path, task.name), task.purpose));
});
process.send?.(READER_STARTED);
