import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import os from "node:os";
import path from "node:path";
import {
  FILE_MEMORY_LIMIT_MB,
  FILE_TIME_LIMIT_MS,
  READER_START_LIMIT_MS,
  READER_STARTED,
  runPool,
  type WorkerFailure,
} from "../../src/pipeline";
import { readForRollup, readingProcesses } from "../../src/cli/read-pool";
import { READER, startReaders } from "../../src/cli/read-processes";
import { reportBytes } from "../support/report-file";

const folder = mkdtempSync(path.join(os.tmpdir(), "thidua-readers-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A reader's script in a file of its own, as the pool runs them. */
function script(name: string, text: string): string {
  const file = path.join(folder, `${name}.js`);
  writeFileSync(file, text);
  return file;
}

// Real processes: what each task does is the script's to decide, by the task's name. Each says first that
// it runs, as the CLI's reading process does.
const TASKS = script(
  "tasks",
  `process.send("${READER_STARTED}");
process.on("message", (task) => {
  if (task === "hang") for (;;);
  if (task === "memory") { const kept = []; for (;;) kept.push(new Array(1e6).fill(Math.random())); }
  // One array grown by push, or one allocated whole then filled: under a reading thread's limit V8 ended
  // the whole process, the command with it (nodejs/node#47224, seen with Node 20 at 128 MB).
  if (task === "one array") { const grown = []; for (let i = 0; ; i++) grown.push(i + 0.5); }
  if (task === "one allocation") new Array(3e7).fill(0.5);
  if (task === "throw") throw new Error("boom");
  process.send("read " + task);
});`,
);

const pool = (entry: string, tasks: string[], size: number, memoryMb = 32, timeoutMs = 5_000) =>
  runPool(tasks, {
    size,
    timeoutMs,
    startLimitMs: READER_START_LIMIT_MS,
    spawn: readingProcesses<string, string>(entry, memoryMb),
    failed: (task: string, why: WorkerFailure) => `${why} ${task}`,
  });

describe("reading processes under limits", () => {
  it("stop a file that hangs or crashes, and the other files are read", async () => {
    const results = await pool(TASKS, ["a", "hang", "b", "throw", "c"], 2, 32, 2_000);
    expect(results).toEqual(["read a", "timeout hang", "read b", "crash throw", "read c"]);
  });

  it("stop a file that eats memory, whatever the shape of its allocations, and the other files are read", async () => {
    // Time enough to run out of memory on a busy machine: each is stopped for want of memory, not time.
    const tasks = ["a", "memory", "one array", "one allocation", "b"];
    const results = await pool(TASKS, tasks, 2, FILE_MEMORY_LIMIT_MB, 60_000);
    expect(results).toEqual([
      "read a",
      "memory memory",
      "memory one array",
      "memory one allocation",
      "read b",
    ]);
  }, 120_000);
});

// Each task is answered with the id of the process that read it, and the V8 flags it was started with.
const PROCESS_ID = script(
  "process-id",
  `process.send("${READER_STARTED}");
process.on("message", (task) => process.send(task + "@" + process.pid + " " + process.execArgv.join(" ")));`,
);
const SPEC = { entry: PROCESS_ID, memoryMb: 32 };
const readBy = (tasks: string[]) => pool(SPEC.entry, tasks, 1);
const readerOf = (result: string) => /@(\d+)/.exec(result)?.[1];

describe("reading processes started ahead", () => {
  it("are the ones the pool reads with", async () => {
    const [started] = startReaders(SPEC, 1);
    const results = await readBy(["a", "b"]);
    expect(results.map(readerOf)).toEqual([String(started!.pid), String(started!.pid)]);
  });

  it("that said they run before being taken count a file's time from the first", async () => {
    const [started] = startReaders({ entry: TASKS, memoryMb: 32 }, 1);
    await new Promise((resolve) => started!.once("message", resolve));
    // Under the start limit (a minute) the hang would outlast this test.
    expect(await pool(TASKS, ["hang"], 1, 32, 1_000)).toEqual(["timeout hang"]);
  }, 20_000);

  it("are passed over when they ended before being taken, and the files are read all the same", async () => {
    const [started] = startReaders(SPEC, 1);
    const ended = new Promise((resolve) => started!.once("exit", resolve));
    started!.kill("SIGKILL");
    await ended;
    const results = await readBy(["a"]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatch(/^a@\d+ /);
    expect(readerOf(results[0]!)).not.toBe(String(started!.pid));
  });

  it("never taken, do not keep the command from ending, and end with it", async () => {
    const pids = path.join(folder, "pids");
    const run = spawnSync(
      process.execPath,
      [
        "-e",
        `const started = require(${JSON.stringify(path.resolve("lib/cli/read-processes.js"))}).startReaders(${JSON.stringify(SPEC)}, 2);
require("node:fs").writeFileSync(${JSON.stringify(pids)}, started.map((p) => p.pid).join(" "));`,
      ],
      { timeout: 10_000 },
    );
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    const running = (pid: number) => {
      try {
        return process.kill(pid, 0);
      } catch {
        return false;
      }
    };
    const readers = readFileSync(pids, "utf8").split(" ").map(Number);
    expect(readers).toHaveLength(2);
    for (let waited = 0; readers.some(running) && waited < 5_000; waited += 50) await sleep(50);
    expect(readers.filter(running)).toEqual([]);
  });

  it("read with V8's inlining cut, which the command's own process keeps as by default", async () => {
    const [result] = await readBy(["a"]);
    expect(result).toContain("--max-inlined-bytecode-size-cumulative=230");
    expect(process.execArgv.join(" ")).not.toContain("--max-inlined-bytecode-size-cumulative");
  });
});

describe("the CLI's reading processes", () => {
  it("read a received file and answer with its outcome", async () => {
    expect(READER.entry).toMatch(/read-process\.js$/);
    writeFileSync(path.join(folder, "a.xlsx"), "not a workbook");
    const read = await readForRollup([{ path: path.join(folder, "a.xlsx"), name: "a.xlsx" }]);
    expect(read.map((o) => [o.checked.source.name, "reason" in o.checked])).toEqual([["a.xlsx", true]]);
  });
});

describe("the CLI's reading processes on a machine too busy to start them quickly", () => {
  // A reading process that takes longer to load than a file may take to read, as under a load far past the
  // machine's cores: the wait before the reader runs is no file's time.
  const SLOW_START = script(
    "slow-start",
    `if (/read-process\\.js$/.test(process.argv[1] ?? ""))
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${FILE_TIME_LIMIT_MS + 500});`,
  );

  it("read an honest report, the reader's start not counted against it", async () => {
    const file = path.join(folder, "CD_P01.xlsx");
    writeFileSync(file, await reportBytes("CD_P01", 1));
    const run = spawnSync(process.execPath, [path.resolve("bin/thidua.js"), "validate", file, "--json"], {
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${SLOW_START}` },
      timeout: 60_000,
    });
    const [checked] = (JSON.parse(run.stdout) as { files: { name: string; unusable?: unknown }[] }).files;
    expect(checked).toEqual(expect.objectContaining({ name: "CD_P01.xlsx" }));
    expect(checked!.unusable).toBeUndefined();
  }, 60_000);
});

describe("the CLI's reading process as it starts", () => {
  // Started before a roll-up reads its first file: what it loads is its start's time.
  it("loads neither the pool nor the roll-up's set-up, which only the command's own process runs", () => {
    const run = spawnSync(
      process.execPath,
      [
        "-e",
        `require(${JSON.stringify(READER.entry)});
process.stdout.write(JSON.stringify(Object.keys(require.cache)));`,
      ],
      { encoding: "utf8", timeout: 20_000 },
    );
    expect(run.status).toBe(0);
    const lib = path.dirname(path.dirname(READER.entry));
    const loaded = (JSON.parse(run.stdout) as string[]).map((file) => path.relative(lib, file));
    expect(loaded).toContain(path.join("cli", "read-process.js"));
    expect(loaded.filter((file) => file.startsWith(`pipeline${path.sep}`)).sort()).toEqual([
      path.join("pipeline", "folder-rules.js"),
      path.join("pipeline", "reader-started.js"),
      path.join("pipeline", "reduce-submission.js"),
    ]);
  });
});
