import { displayedLines, replacedButLineBreaks, shown, type Lang } from "../core";
import { wrapTo } from "./display-width";
import { terminalWidth } from "./terminal-width";

/** Where a command writes; tests pass their own to read what a user would see. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly errIsTerminal: boolean;
  /** The columns a line may take: tables are fitted and long messages wrapped to it. */
  readonly width: number;
}

/**
 * Text from received files reaches the terminal; its control characters must not (escape sequences),
 * nor its bidi and zero-width ones: whatever a command prints, each of its lines is displayed by the
 * core's one rule (the line breaks between them are the command's own).
 */
const line = (text: string) => `${displayedLines(text)}${text.endsWith("\n") ? "" : "\n"}`;

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
  // Read when a command runs: COLUMNS or the terminal may differ from when the module was loaded.
  get width() {
    return terminalWidth();
  },
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

const escaped = (c: string) =>
  Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`).join("");

/**
 * JSON for scripts, with every character a terminal would act on or hide written as a \u escape: a file
 * name holding U+202E or U+200B reaches the script as it is (and is neither drawn reversed nor shown as
 * the "?" the line guard would make of it). What JSON.stringify leaves raw is what the line guard would
 * replace: C1 controls, bidi marks and overrides, zero-width characters, line separators, private-use and
 * unassigned code points; its own layout's line breaks are the only raw ones (a string's are escaped).
 */
export const jsonText = (value: unknown): string =>
  replacedButLineBreaks(JSON.stringify(value, null, 2), escaped);

/**
 * A message as lines of the terminal's width, broken at spaces, each line after the first under `indent`
 * (by default under the text that follows `first`); text from files in it is shown as by oneLine.
 */
export const paragraph = (ctx: Context, text: string, first = "", indent?: string) =>
  wrapTo(oneLine(text), ctx.io.width, first, indent).join("\n");

/** Prints technical detail under what the user was told, with --verbose only. */
export function printDetail(ctx: Context, detail: string | undefined): void {
  if (ctx.verbose && detail) for (const part of detail.split("\n")) ctx.io.err(`    ${oneLine(part)}`);
}
