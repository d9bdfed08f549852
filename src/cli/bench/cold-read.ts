import { readdirSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { READER_STARTED } from "../../pipeline/reader-started";
import type { ReadTask } from "../read-pool";
import { READER, readerFor } from "../read-processes";
import { sampleTreeCpu } from "./tree-cpu";

/**
 * One of the CLI's reading processes, started as a roll-up starts it, reading `count` reports of a folder one
 * after another from its start (its loading counted): its CPU time per report, its threads' together (V8 compiles on threads of its
 * own). A roll-up's reading processes each read their share from cold, where the one-thread figure is warm:
 * the difference is what compiling the reader costs each process.
 */
export async function coldReadMs(folder: string, count: number): Promise<number> {
  const names = readdirSync(folder).sort().slice(0, count);
  const reader = readerFor(READER).process;
  const cpu = sampleTreeCpu(reader.pid!);
  try {
    for (const name of names)
      await answerTo(reader, { path: path.join(folder, name), name, purpose: "rollup" });
    return (cpu() * 1000) / names.length;
  } finally {
    reader.kill();
  }
}

/**
 * Sends a reading process one file and waits for its answer, past its word that it runs; fails if the
 * process ends first.
 */
export function answerTo(reader: ChildProcess, task: ReadTask): Promise<void> {
  return new Promise((answered, failed) => {
    const ended = () => failed(new Error("the reading process ended before it answered"));
    const heard = (message: unknown) => {
      if (message === READER_STARTED) return;
      reader.off("exit", ended).off("message", heard);
      answered();
    };
    reader.once("exit", ended).on("message", heard);
    reader.send(task);
  });
}
