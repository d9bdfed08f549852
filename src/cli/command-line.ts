import { displayWidth } from "./display-width";

/** An argument as a shell reads it back: as it is when plain, else in double quotes. */
const quoted = (arg: string) =>
  /^[\p{L}\p{M}\p{N}_@%+=:,./-]+$/u.test(arg) ? arg : `"${arg.replace(/["\\$`]/g, "\\$&")}"`;

/**
 * A `thidua` command line as a user would type it, broken with " \" into lines of at most `width`
 * columns that a shell still reads as one command (an argument wider than a line stays whole).
 */
export function commandLines(args: readonly string[], width: number, first = ""): string[] {
  const indent = `${" ".repeat(displayWidth(first))}    `;
  const lines: string[] = [];
  let line = `${first}thidua`;
  for (const word of args.map(quoted)) {
    const joined = `${line} ${word}`;
    if (displayWidth(`${joined} \\`) <= width || line.trim() === "") line = joined;
    else {
      lines.push(`${line} \\`);
      line = indent + word;
    }
  }
  return [...lines, line];
}
