// The production build of the add-in and standalone page that the browser tests run against. It takes one to
// three minutes; built in Jest's global setup, both workers would wait for it before any test of any tier
// starts. So the global setup only starts it, in a process of its own that records its output and exit status
// here, and each browser test file waits for that record before its tests (wait-for-build.js).
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} = require("node:fs");
const path = require("node:path");
const { setTimeout: sleep } = require("node:timers/promises");

const ROOT = path.resolve(__dirname, "../..");
const RECORD = path.join(ROOT, "test-output/production-build");
const LOG = path.join(RECORD, "build.log");
const STATUS = path.join(RECORD, "status.json");
const STARTED = path.join(RECORD, "started.json");
const PROGRAM = path.join(__dirname, "production-build.js");

/** Starts the build in the background and returns at once; the record of an earlier build is removed first. */
function startBuild() {
  rmSync(RECORD, { recursive: true, force: true });
  mkdirSync(RECORD, { recursive: true });
  const child = spawn(process.execPath, [PROGRAM], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "ignore"],
  });
  writeFileSync(STARTED, JSON.stringify({ pid: child.pid, at: new Date().toISOString() }));
  child.unref();
}

/** Run as a program (by startBuild): builds, its output to the log, then writes its status in one rename. */
function build() {
  const log = openSync(LOG, "w");
  const started = Date.now();
  const done = spawnSync(
    process.execPath,
    // Without a type check of the program, which `npm run typecheck` does: the same files in about half the time.
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "transpileOnly"],
    {
      cwd: ROOT,
      stdio: ["ignore", log, log],
    },
  );
  const status = {
    code: done.status,
    signal: done.signal,
    error: done.error ? String(done.error) : null,
    seconds: (Date.now() - started) / 1000,
  };
  writeFileSync(`${STATUS}.part`, JSON.stringify(status));
  renameSync(`${STATUS}.part`, STATUS);
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
};

const logTail = () =>
  existsSync(LOG) ? readFileSync(LOG, "utf8").split("\n").slice(-60).join("\n") : "(no log)";

/**
 * Resolves when the build has succeeded; throws with the build's output when it failed, ended without a status,
 * was never started, or is still running after `timeoutMs`.
 */
async function waitForBuild(timeoutMs, pollMs = 500) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(STATUS)) {
      const status = JSON.parse(readFileSync(STATUS, "utf8"));
      if (status.code === 0) return status;
      const how = status.error ?? (status.signal ? `signal ${status.signal}` : `exit code ${status.code}`);
      throw new Error(
        `The production build (webpack --mode production) failed: ${how}. ${LOG}:\n${logTail()}`,
      );
    }
    if (!existsSync(STARTED))
      throw new Error(
        `The production build was not started: the browser tier's globalSetup (test/e2e/build-once.js) starts it.`,
      );
    const { pid } = JSON.parse(readFileSync(STARTED, "utf8"));
    // Read the status once more: the build may have ended between the two reads.
    if (!alive(pid) && !existsSync(STATUS))
      throw new Error(`The production build (process ${pid}) ended without a status. ${LOG}:\n${logTail()}`);
    if (Date.now() > deadline)
      throw new Error(
        `The production build is still running after ${timeoutMs / 1000} s. ${LOG}:\n${logTail()}`,
      );
    await sleep(pollMs);
  }
}

if (require.main === module) build();

module.exports = { startBuild, waitForBuild, RECORD };
