import type { Lang } from "../core";

/** Where a command writes; tests pass their own to read what a user would see. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly errIsTerminal: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  errIsTerminal: Boolean(process.stderr.isTTY),
};

export interface Context {
  readonly io: Io;
  readonly lang: Lang;
}
