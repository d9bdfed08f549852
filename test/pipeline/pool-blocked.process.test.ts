import { execFileSync } from "node:child_process";
import path from "node:path";

// The pool of the compiled build (lib/, built before the tier) in a process of its own, whose thread is blocked
// past a file's time limit while a worker thread answers at once: as a long synchronous step, or a machine loaded
// far past its cores, blocks it. When it is free, the limit's timer and the answer are both waiting, and Node
// runs timers before the messages that came meanwhile.
const POOL = path.resolve(__dirname, "../../lib/pipeline/pool.js");
const SCRIPT = `
const { Worker } = require("node:worker_threads");
const { runPool } = require(${JSON.stringify(POOL)});
const echo = new Worker(
  "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (t) => parentPort.postMessage('read ' + t))",
  { eval: true },
);
echo.once("online", async () => {
  // Online, it runs: its start is behind it, and the file's own limit counts.
  const spawn = (events) => {
    echo.on("message", (answer) => events.done(answer));
    events.started();
    return { post: (task) => echo.postMessage(task), terminate: () => undefined };
  };
  const failed = (task, why) => "refused " + task + ": " + why;
  const results = runPool(["report.xlsx"], { size: 1, timeoutMs: 20, startLimitMs: 60000, spawn, failed });
  setImmediate(() => {
    const until = Date.now() + 200;
    while (Date.now() < until);
  });
  process.stdout.write(JSON.stringify(await results));
  await echo.terminate();
});
`;

it("takes a file's answer that came in time while the pool's thread was blocked past the limit", () => {
  const out = execFileSync(process.execPath, ["-e", SCRIPT], { encoding: "utf8", timeout: 30_000 });
  expect(JSON.parse(out)).toEqual(["read report.xlsx"]);
});
