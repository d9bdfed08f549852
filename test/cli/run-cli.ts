import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { DEFAULT_WIDTH } from "../../src/cli/terminal-width";

/**
 * Runs the command in-process and captures what a user would see on stdout and stderr, in a terminal of
 * `width` columns (80, as for output that is not a terminal, unless told).
 */
export async function runCli(
  args: string[],
  width = DEFAULT_WIDTH,
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    errIsTerminal: false,
    width,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The summarising unit a roll-up that writes a summary is given: none is made up (issue 64). */
export const PARENT = ["--parent-code", "LDLD_T", "--parent-name", "LĐLĐ tỉnh Thử"];

/** A terminal so wide that no message wraps, for tests that read a message or a finding's line whole. */
export const UNWRAPPED = 100_000;

export const tempDir = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), `thidua-${prefix}-`));
