import { shown, type Lang } from "../core";

/** Where a command writes; tests pass their own to read what a user would see. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly errIsTerminal: boolean;
}

/** Text from received files reaches the terminal; its control characters must not (escape sequences). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const line = (text: string) => `${text.replace(CONTROL, "\uFFFD")}${text.endsWith("\n") ? "" : "\n"}`;

/**
 * Standard output, written while anyone reads it: when the reader goes away (`thidua … | head`) the
 * rest of the output is dropped and the command finishes its work and keeps its exit code.
 */
function standardOutput(): (text: string) => void {
  let closed = false;
  let watching = false;
  return (text) => {
    if (!watching) {
      watching = true;
      process.stdout.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE") throw error;
        closed = true;
      });
    }
    if (!closed) process.stdout.write(line(text));
  };
}

export const processIo: Io = {
  out: standardOutput(),
  err: (text) => process.stderr.write(line(text)),
  errIsTerminal: Boolean(process.stderr.isTTY),
};

export interface Context {
  readonly io: Io;
  readonly lang: Lang;
  /** Technical detail (what a library or the system said) is printed only when asked for. */
  readonly verbose: boolean;
}

/**
 * One output line holding text from files (names, units, sheets, messages quoting them): nothing in it
 * can start another line or reorder the line, so no file can forge a verdict such as "✓ … Ready".
 */
export const oneLine = (text: string) => shown(text, 2_000);

// C1 controls, and the marks that reorder a line: JSON.stringify leaves them raw.
const TERMINAL_ACTS = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for scripts, with every character a terminal would act on written as a \u escape: a file name
 * holding U+0085 reaches the script as it is, not as the "\uFFFD" the line guard would make of it.
 */
export const jsonText = (value: unknown) =>
  JSON.stringify(value, null, 2).replace(
    TERMINAL_ACTS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/** Prints technical detail under what the user was told, with --verbose only. */
export function printDetail(ctx: Context, detail: string | undefined): void {
  if (ctx.verbose && detail) for (const part of detail.split("\n")) ctx.io.err(`    ${oneLine(part)}`);
}
