// The interop tier's global teardown: the folder libreoffice-cache.js made for the run, removed.
"use strict";
const { rmSync } = require("node:fs");

module.exports = function teardown() {
  if (process.env.THIDUA_LO_CACHE) rmSync(process.env.THIDUA_LO_CACHE, { recursive: true, force: true });
};
