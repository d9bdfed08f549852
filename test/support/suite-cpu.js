// With SUITE_CPU=<file>: each test file's CPU seconds (this test process, and the programs it started and
// waited for) appended to <file> as a line of JSON, beside jest's wall time, to tell work from waiting; and
// the CPU of the LibreOffice this test process keeps running (test/support/libreoffice-warm.py), which it
// does not wait for, in its own field.
/* global afterAll, expect */
"use strict";
const { appendFileSync, readdirSync, readFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

/** The fields of /proc/<pid>/stat after the command's name, or null where the process is gone. */
function statFields(pid) {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  } catch {
    return null;
  }
}

/** User+system seconds of this process's waited-for children (/proc/self/stat cutime, cstime). */
function childSeconds() {
  const fields = statFields("self");
  return fields ? (Number(fields[13]) + Number(fields[14])) / 100 : 0;
}

/**
 * User+system seconds of the kept LibreOffice's process group so far (libreoffice-warm.py writes its leader's
 * pid to the profile), its waited-for children included; 0 while there is none.
 */
function warmSeconds() {
  let group;
  try {
    group = readFileSync(join(tmpdir(), `thidua-lo-warm-${process.pid}`, "pid"), "utf8").trim();
  } catch {
    return 0;
  }
  let ticks = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const fields = statFields(pid);
    if (fields && fields[2] === group)
      ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  }
  return ticks / 100;
}

const startCpu = process.cpuUsage();
const startChildren = childSeconds();
const startWarm = warmSeconds();
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
      warm: warmSeconds() - startWarm,
    }) + "\n",
  );
});
