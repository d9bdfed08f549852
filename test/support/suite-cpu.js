// With SUITE_CPU=<file>: each test file's CPU seconds (this test process, and the programs it started and
// waited for) appended to <file> as a line of JSON, beside jest's wall time, to tell work from waiting.
/* global afterAll, expect */
"use strict";
const { appendFileSync, readFileSync } = require("node:fs");

/** User+system seconds of this process's waited-for children (/proc/self/stat cutime, cstime). */
function childSeconds() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

const startCpu = process.cpuUsage();
const startChildren = childSeconds();
const startWall = Date.now();
afterAll(() => {
  const cpu = process.cpuUsage(startCpu);
  appendFileSync(
    process.env.SUITE_CPU,
    JSON.stringify({
      file: expect.getState().testPath,
      wall: (Date.now() - startWall) / 1000,
      cpu: (cpu.user + cpu.system) / 1e6,
      children: childSeconds() - startChildren,
    }) + "\n",
  );
});
