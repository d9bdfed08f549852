import { runPool, type WorkerFailure } from "../../src/pipeline";
import { nodeWorkers } from "../../src/cli/read-pool";

// Real threads: what each task does is the script's to decide, by the task's name.
const SCRIPT = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (task) => {
  if (task === "hang") for (;;);
  if (task === "memory") { const kept = []; for (;;) kept.push(new Array(1e6).fill(Math.random())); }
  if (task === "throw") throw new Error("boom");
  parentPort.postMessage("read " + task);
});`;

describe("worker threads under limits", () => {
  it("stops a file that hangs or eats memory, and the other files are read", async () => {
    const results = await runPool(["a", "hang", "b", "memory", "throw", "c"], {
      size: 2,
      timeoutMs: 5000,
      spawn: nodeWorkers<string, string>(SCRIPT, 32, true),
      failed: (task: string, why: WorkerFailure) => `${why} ${task}`,
    });
    expect(results).toEqual(["read a", "timeout hang", "read b", "memory memory", "crash throw", "read c"]);
  });
});
