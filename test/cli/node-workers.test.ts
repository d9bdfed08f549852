import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { runPool, type WorkerFailure } from "../../src/pipeline";
import { nodeWorkers, readForRollup } from "../../src/cli/read-pool";
import { startReadWorkers, startWorkers } from "../../src/cli/thread-start";

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

// Each task is answered with the id of the thread that read it.
const THREAD_ID = `
const { parentPort, threadId } = require("node:worker_threads");
parentPort.on("message", (task) => parentPort.postMessage(task + "@" + threadId));`;
const SPEC = { entry: THREAD_ID, memoryMb: 32, code: true };
const readBy = (tasks: string[], size: number) =>
  runPool(tasks, {
    size,
    timeoutMs: 5000,
    spawn: nodeWorkers<string, string>(SPEC.entry, SPEC.memoryMb, SPEC.code),
    failed: (task: string, why: WorkerFailure) => `${why} ${task}`,
  });

describe("worker threads started ahead", () => {
  it("are the ones the pool reads with", async () => {
    const [started] = startWorkers(SPEC, 1);
    const results = await readBy(["a", "b"], 1);
    expect(results).toEqual([`a@${started!.threadId}`, `b@${started!.threadId}`]);
  });

  it("are passed over when they ended before being taken, and the files are read all the same", async () => {
    const [started] = startWorkers(SPEC, 1);
    const id = started!.threadId;
    await started!.terminate();
    const results = await readBy(["a"], 1);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatch(/^a@\d+$/);
    expect(results[0]).not.toBe(`a@${id}`);
  });

  it("never taken, do not keep the command from ending", () => {
    const script = `require(${JSON.stringify(path.resolve("lib/cli/thread-start.js"))}).startWorkers(${JSON.stringify(SPEC)}, 2);`;
    const run = spawnSync(process.execPath, ["-e", script], { timeout: 10_000 });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
  });
});

describe("V8's inlining while received files are read", () => {
  it("is cut for the reading threads, and V8's own again for what follows once every file is read", async () => {
    const flags: string[] = [];
    const set = jest.spyOn(v8, "setFlagsFromString").mockImplementation((flag) => void flags.push(flag));
    const folder = mkdtempSync(path.join(os.tmpdir(), "thidua-inlining-"));
    try {
      startReadWorkers();
      expect(flags).toEqual(["--max-inlined-bytecode-size-cumulative=230"]);
      writeFileSync(path.join(folder, "a.xlsx"), "not a workbook");
      const read = readForRollup([{ path: path.join(folder, "a.xlsx"), name: "a.xlsx" }]);
      // Not before the files are read.
      expect(flags).toHaveLength(1);
      expect((await read).map((o) => o.checked.source.name)).toEqual(["a.xlsx"]);
      expect(flags).toEqual([
        "--max-inlined-bytecode-size-cumulative=230",
        "--max-inlined-bytecode-size-cumulative=920",
      ]);
    } finally {
      set.mockRestore();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
