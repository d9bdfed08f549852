import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

/**
 * The build at which issue 67 set the single-thread target ("at most half of today's time"): the bench
 * compares against it unless BENCH_BASELINE names another commit (or "none").
 */
export const TARGET_BASELINE = "379d0fe";

function run(command: string, args: readonly string[], cwd: string): void {
  const done = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 1 << 24 });
  if (done.status !== 0)
    throw new Error(`${command} ${args.join(" ")}: ${(done.stderr || done.stdout || "").slice(0, 500)}`);
}

/**
 * The CLI's compiled modules of another commit, built once into the bench's folder from the repository's
 * history (git archive, then its own tsconfig.cli.json against today's node_modules); the folder of its
 * `lib`. Throws where the history lacks the commit (a shallow clone) or it does not build.
 */
export function baselineBuild(commit: string, benchRoot: string): string {
  const dir = path.join(benchRoot, `baseline-${commit}`);
  const lib = path.join(dir, "lib");
  if (existsSync(path.join(lib, "pipeline/read-received.js"))) return lib;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = path.join(benchRoot, `baseline-${commit}.tar`);
  run("git", ["archive", "--format=tar", "-o", tar, commit], ROOT);
  run("tar", ["-xf", tar, "-C", dir], ROOT);
  rmSync(tar);
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"], dir);
  return lib;
}
