#!/usr/bin/env node
"use strict";
const tooOld = require("../lib/cli/node-version.js").nodeTooOldMessage(
  require("node:zlib"),
  process.versions.node,
);
if (tooOld) {
  console.error(tooOld);
  process.exit(1);
}
// A roll-up builds its summary sheet by sheet, and each sheet's plan is garbage once written; V8's default
// growth lets that garbage pile up to several times the live heap (430 MB at 3,400 units for 50 MB alive).
// Growing the heap by a quarter at a time keeps the peak near 260 MB at a few per cent of the time, and,
// unlike a cap on the heap, never stops a roll-up that truly needs more.
require("node:v8").setFlagsFromString("--heap-growing-percent=25");
// This process runs most of its code once, over a summary's cells: V8's optimizing compiler took over a
// quarter of its CPU on a 1,000-unit roll-up, compiling code that had nearly finished by then. Sixteen times
// V8's default budget before a function is optimized leaves it only the truly hot ones: rolling up and
// writing took 1.27–1.41 → 0.93–1.01 s of CPU at 1,000 units and 3.11–3.39 → 2.72–2.85 s at 3,400 (the
// 1,000 bench reports under other codes; three runs each). Not optimizing at all did as well at 1,000 and
// no better than the default at 3,400. The reading processes keep their own flags (read-processes.js).
require("node:v8").setFlagsFromString("--interrupt-budget=1081344");
// A command that reads received files starts its reading processes first, so they load their code while
// this one loads its own and lists the files; a word taken for the command by mistake costs nothing.
if (process.argv.slice(2).some((arg) => arg === "rollup" || arg === "validate"))
  require("../lib/cli/read-processes.js").startReadProcesses();
require("../lib/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
