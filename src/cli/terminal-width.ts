/** What a terminal is taken to be when its width is not known (output to a file or a pipe). */
export const DEFAULT_WIDTH = 80;

/** Below this the tables cannot show a unit's code, name and score on one line; they take this much. */
export const NARROWEST = 40;

/**
 * The columns the output may fill: COLUMNS when set (as shells and `COLUMNS=100 thidua …` say), else the
 * terminal's own width when standard output is one, else 80.
 */
export function terminalWidth(
  env: NodeJS.ProcessEnv = process.env,
  stdout: { isTTY?: boolean; columns?: number } = process.stdout,
): number {
  const set = Number(env.COLUMNS);
  const width =
    Number.isInteger(set) && set > 0 ? set : stdout.isTTY && stdout.columns ? stdout.columns : DEFAULT_WIDTH;
  return Math.max(NARROWEST, width);
}
