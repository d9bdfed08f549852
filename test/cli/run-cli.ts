import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

/** Runs the command in-process and captures what a user would see on stdout and stderr. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), errIsTerminal: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export const tempDir = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), `thidua-${prefix}-`));
