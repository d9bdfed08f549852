import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
import { FILE_MEMORY_LIMIT_MB } from "../pipeline/read-limits";

// Imported by bin/thidua.js before anything else is loaded: this module must stay light.

/** What a worker runs, under which memory limit: a file, or (`code`) a script. */
interface WorkerSpec {
  readonly entry: string;
  readonly memoryMb: number;
  readonly code: boolean;
}

const sameSpec = (a: WorkerSpec, b: WorkerSpec) =>
  a.entry === b.entry && a.memoryMb === b.memoryMb && a.code === b.code;

/**
 * A worker thread under the memory limit. The limit is on the old generation, where a hostile file's
 * data piles up; the young generation is 32 MB: at 16 MB one thread read 1,000 reports in 3.71 s against
 * 3.53 s (more time in collections), and more than 32 MB bought nothing.
 */
function newWorker({ entry, memoryMb, code }: WorkerSpec): Worker {
  return new Worker(entry, {
    eval: code,
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
    // What a library prints while reading a hostile file is no message for the user: it is discarded.
    stdout: true,
    stderr: true,
  });
}

/** A worker put to use: what it prints is drained (which holds the process open until it ends). */
function inUse(worker: Worker): Worker {
  worker.ref();
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

interface Started {
  readonly spec: WorkerSpec;
  readonly worker: Worker;
  alive: boolean;
}

const started: Started[] = [];

/**
 * Starts `count` workers now, so they load their modules while the command still loads its own and
 * lists the files (a tenth of a second each, in parallel). Until taken, nothing of theirs holds the
 * process open: one the command never takes ends with it.
 */
export function startWorkers(spec: WorkerSpec, count: number): Worker[] {
  return Array.from({ length: count }, () => {
    const worker = newWorker(spec);
    const entry: Started = { spec, worker, alive: true };
    // A worker that fails before it is taken is never taken; its error is no concern of the command.
    worker.once("error", () => (entry.alive = false));
    worker.once("exit", () => (entry.alive = false));
    worker.unref();
    started.push(entry);
    return worker;
  });
}

/** A worker for `spec`: one started earlier and still alive, or a new one. */
export function workerFor(spec: WorkerSpec): Worker {
  for (let i = 0; i < started.length; i++) {
    const entry = started[i]!;
    if (!sameSpec(entry.spec, spec)) continue;
    started.splice(i--, 1);
    if (entry.alive) return inUse(entry.worker);
  }
  return inUse(newWorker(spec));
}

/**
 * The compiled read worker next to this module; when the CLI runs from its TypeScript sources (the
 * tests), the build that `npm test` makes first.
 */
function readWorkerEntry(): string {
  const beside = path.join(__dirname, "read-worker.js");
  return existsSync(beside) ? beside : path.resolve(__dirname, "../../lib/cli/read-worker.js");
}

export const READ_WORKER: WorkerSpec = {
  entry: readWorkerEntry(),
  memoryMb: FILE_MEMORY_LIMIT_MB,
  code: false,
};

/**
 * V8's budget for inlining while received files are read, and its default (V8 offers no way to read a
 * flag back: 920 is the default of Node 20's V8). Each reading thread compiles its hot code anew, on the
 * cores the reading needs: with the default budget that compiling took 1.8 s of CPU per thread on 1,000
 * reports, and a quarter of it cut a 1,000-report roll-up on two cores by a tenth (medians of six
 * alternating runs: 5.4 s → 4.8 s). The summary is written with the default: inlined code allocates less,
 * and with a quarter of the budget the 3,400-unit write peaked 10–30 MB higher.
 */
const READING_INLINING = "--max-inlined-bytecode-size-cumulative=230";
const DEFAULT_INLINING = "--max-inlined-bytecode-size-cumulative=920";

/** One read worker per core, started ahead of a command that reads received files. */
export function startReadWorkers(): Worker[] {
  v8.setFlagsFromString(READING_INLINING);
  return startWorkers(READ_WORKER, os.availableParallelism());
}

/** After the received files are read: what this thread compiles from now on is inlined as by default. */
export const readingDone = () => v8.setFlagsFromString(DEFAULT_INLINING);
