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
 * User+system ticks of each process of the LibreOffice this test process keeps (libreoffice-warm.py starts it
 * in a profile named by this process's id), by pid, its waited-for children included. Found by the profile in
 * its command line: a launcher that hands over to the running office rewrites the profile's pid file.
 */
function warmTicks() {
  const profile = `-env:UserInstallation=file://${join(tmpdir(), `thidua-lo-warm-${process.pid}`)}`;
  const ticks = new Map();
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    let command;
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      continue;
    }
    if (!command.split("\0").includes(profile)) continue;
    const fields = statFields(pid);
    if (fields)
      ticks.set(
        pid,
        [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0),
      );
  }
  return ticks;
}

/** The seconds the kept LibreOffice's processes spent since `before` (warmTicks): one started since, all of its. */
function warmSecondsSince(before) {
  let ticks = 0;
  for (const [pid, now] of warmTicks()) ticks += now - (before.get(pid) ?? 0);
  return ticks / 100;
}

const startCpu = process.cpuUsage();
const startChildren = childSeconds();
const startWarm = warmTicks();
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
      warm: warmSecondsSince(startWarm),
    }) + "\n",
  );
});
