import { displayWidth } from "./display-width";

/** An argument as a shell reads it back: as it is when plain, else in double quotes. */
const quoted = (arg: string) =>
  /^[\p{L}\p{M}\p{N}_@%+=:,./-]+$/u.test(arg) ? arg : `"${arg.replace(/["\\$`]/g, "\\$&")}"`;

/**
 * A `thidua` command line as a user would type it, broken with " \" into lines of at most `width`
 * columns that a shell still reads as one command (an argument wider than a line stays whole, and an
 * option with its value).
 */
export function commandLines(args: readonly string[], width: number, first = ""): string[] {
  const indent = `${" ".repeat(displayWidth(first))}    `;
  const lines: string[] = [];
  let line = `${first}thidua`;
  // An option stays on the line of its value: "--period 2025-D2" is read together.
  const words = args.map(quoted).reduce<string[]>((out, arg, i) => {
    const option = i > 0 && args[i - 1]!.startsWith("-") && !arg.startsWith("-");
    return option ? [...out.slice(0, -1), `${out[out.length - 1]} ${arg}`] : [...out, arg];
  }, []);
  for (const word of words) {
    const joined = `${line} ${word}`;
    if (displayWidth(`${joined} \\`) <= width || line.trim() === "") line = joined;
    else {
      lines.push(`${line} \\`);
      line = indent + word;
    }
  }
  return [...lines, line];
}
