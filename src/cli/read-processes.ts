import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { FILE_MEMORY_LIMIT_MB } from "../pipeline/read-limits";
import { READER_STARTED } from "../pipeline/reader-started";

// Imported by bin/thidua.js before anything else is loaded: this module must stay light.

/** What a reading process runs, under which memory limit. */
export interface ReaderSpec {
  readonly entry: string;
  readonly memoryMb: number;
}

/**
 * V8's budget for inlining in a reading process. Each reader compiles its hot code anew, on the cores the
 * reading needs: with the default budget (920) that compiling took 1.8 s of CPU per reader on 1,000
 * reports, and a quarter of it cut a 1,000-report roll-up on two cores by a tenth (medians of six
 * alternating runs: 5.4 s → 4.8 s). The command's own process keeps the default: it writes the summary,
 * where inlined code allocates less.
 */
const READING_INLINING = "--max-inlined-bytecode-size-cumulative=230";

/**
 * A reading process under the memory limit. A process, not a thread: a thread that runs out of its heap
 * is stopped cleanly only for some shapes of allocation, for others (one array grown by push, one large
 * allocation) V8 ends the whole process (nodejs/node#47224), the command and every file read with it. Its
 * young generation is V8's own for that heap (16 MB semi-spaces in Node 20): 8 MB cost 1,000 reports
 * 0.4 s more in three runs out of three, 32 MB gained nothing. Its output is no message for the user: a
 * library may print while reading a hostile file; its errors are kept only to tell why it ended.
 */
function newReader({ entry, memoryMb }: ReaderSpec): ChildProcess {
  return fork(entry, [], {
    execArgv: [`--max-old-space-size=${memoryMb}`, READING_INLINING],
    serialization: "advanced",
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
}

/** The handles through which a started reader would hold the command open until it ends. */
const holds = (reader: ChildProcess): { ref(): void; unref(): void }[] => [
  reader,
  ...(reader.channel ? [reader.channel] : []),
  ...(reader.stderr ? [reader.stderr as Readable & { ref(): void; unref(): void }] : []),
];

interface Started {
  readonly spec: ReaderSpec;
  readonly reader: ChildProcess;
  alive: boolean;
  /** Whether it said it runs (READER_STARTED) before it was taken: that message is gone by then. */
  running: boolean;
}

/** A reader to read with, and whether it already said it runs. */
export interface Reader {
  readonly process: ChildProcess;
  readonly running: boolean;
}

const started: Started[] = [];

/**
 * Starts `count` readers now, so they load their modules while the command still loads its own and
 * lists the files (a tenth of a second each, in parallel). Until taken, nothing of theirs holds the
 * command open: one it never takes ends when the command does, its channel closed.
 */
export function startReaders(spec: ReaderSpec, count: number): ChildProcess[] {
  return Array.from({ length: count }, () => {
    const reader = newReader(spec);
    const entry: Started = { spec, reader, alive: true, running: false };
    // A reader that fails before it is taken is never taken; its error is no concern of the command.
    reader.once("error", () => (entry.alive = false));
    reader.once("message", (message) => (entry.running = message === READER_STARTED));
    reader.once("exit", () => (entry.alive = false));
    reader.stderr?.resume();
    for (const handle of holds(reader)) handle.unref();
    started.push(entry);
    return reader;
  });
}

/** A reader for `spec`: one started earlier and still running, or a new one. */
export function readerFor(spec: ReaderSpec): Reader {
  for (let i = 0; i < started.length; i++) {
    const entry = started[i]!;
    if (entry.spec.entry !== spec.entry || entry.spec.memoryMb !== spec.memoryMb) continue;
    started.splice(i--, 1);
    if (entry.alive) {
      for (const handle of holds(entry.reader)) handle.ref();
      return { process: entry.reader, running: entry.running };
    }
  }
  return { process: newReader(spec), running: false };
}

/**
 * The compiled reader next to this module; when the CLI runs from its TypeScript sources (the tests),
 * the build that `npm test` makes first.
 */
function readerEntry(): string {
  const beside = path.join(__dirname, "read-process.js");
  return existsSync(beside) ? beside : path.resolve(__dirname, "../../lib/cli/read-process.js");
}

export const READER: ReaderSpec = { entry: readerEntry(), memoryMb: FILE_MEMORY_LIMIT_MB };

/**
 * One reader, started ahead of a command that reads received files: every such command takes one, and
 * most take only one (read-pool's readingProcessesFor); the others start once the files are counted.
 */
export const startReadProcesses = () => startReaders(READER, 1);
