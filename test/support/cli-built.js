// The fast tier's global setup. The CLI run in-process still reads received files in reading processes, which
// run the compiled reader in lib/ (src/cli/read-processes.ts). Here it is built only when a source it is compiled
// from is newer than it, so `npm run test:fast` needs no step before; `npm test`'s pretest runs this file too.
"use strict";
const { execFileSync } = require("node:child_process");
const { existsSync, readdirSync, readFileSync, statSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");
const CONFIG = path.join(ROOT, "tsconfig.cli.json");
const BUILT = path.join(ROOT, "lib/cli/read-process.js");

/** The newest modification time of the files under `dir` (or of the file it names), 0 for none. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(file) : statSync(file).mtimeMs);
  }
  return time;
}

/** Builds lib/ (`npm run build:cli`'s compilation) unless it is newer than every source it is compiled from. */
function buildIfStale() {
  const { include } = JSON.parse(readFileSync(CONFIG, "utf8"));
  const sources = Math.max(
    ...include.map((dir) => newest(path.join(ROOT, dir))),
    ...[CONFIG, path.join(ROOT, "tsconfig.json")].map((file) => statSync(file).mtimeMs),
  );
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", CONFIG], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

module.exports = async () => buildIfStale();

// `npm test`'s pretest, after `npm ci` has built lib/ (prepare): run as a program, it builds only where stale.
if (require.main === module) buildIfStale();
