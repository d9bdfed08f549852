import { READER_STARTED } from "../../pipeline/reader-started";

const MAX_READERS = 8;

/**
 * Readers for a machine of `cores` cores: one a core but one, which is left to the page's own thread and to
 * the browser's compiling and collecting for every worker. Each reader compiles the reading code anew, and
 * V8 does that work on threads of its own beside it (in Chromium 156, 4–5.5 s of CPU in a 1,000-report
 * roll-up, a third of it): with a reader on every core, they and the page's thread waited for a core. On
 * two cores, in runs alternated with the previous build on a machine shared with other work, one reader
 * rolled 1,000 reports up in 11.1–14.6 s where two took 14.3–19.7 s, with 12.7–14.0 s of the page's CPU
 * instead of 15.3–16.2.
 */
export const readersFor = (cores: number): number => Math.min(MAX_READERS, Math.max(1, cores - 1));

/** A reader started ahead, and whether it said it runs before it was put to use: that message is gone then. */
export interface StartedReader {
  readonly worker: Worker;
  running: boolean;
}

/** A job's readers, started before its files come: how many it reads on, and those not yet put to use. */
export interface StartedReaders {
  readonly size: number;
  readonly started: StartedReader[];
  /** Once the first of them runs. */
  readonly running: Promise<void>;
}

/**
 * Starts readersFor the machine's cores at once, so they have loaded their code when the job's files
 * come. One that fails before it is put to use (its script not loaded) is never used.
 */
export function startReaders(create: () => Worker, cores: number): StartedReaders {
  const size = readersFor(cores);
  const started: StartedReader[] = [];
  let running: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (running = resolve));
  for (let i = 0; i < size; i++) {
    const reader: StartedReader = { worker: create(), running: false };
    reader.worker.onmessage = (event: MessageEvent) => {
      if (event.data !== READER_STARTED) return;
      reader.running = true;
      running();
    };
    reader.worker.onerror = (event) => {
      event.preventDefault();
      const at = started.indexOf(reader);
      if (at >= 0) started.splice(at, 1);
      reader.worker.terminate();
    };
    started.push(reader);
  }
  return { size, started, running: first };
}
