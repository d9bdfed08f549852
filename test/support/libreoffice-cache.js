// The interop tier's global setup (its teardown, libreoffice-cache-end.js, removes the folder): a folder where LibreOffice's outputs are kept for one test run
// (libreoffice-warm.py), so that the report several test files save as .xls, .ods or PDF is converted once
// for all of them. Made afresh for each run and removed after it: nothing a run kept is seen by another.
"use strict";
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");

module.exports = function setup() {
  // Set before Jest starts its test processes, which take it with the environment.
  process.env.THIDUA_LO_CACHE = mkdtempSync(path.join(tmpdir(), "thidua-lo-cache-"));
};
