// Each browser test file's first step: the production build that the global setup started (production-build.js),
// finished and successful, else the file fails with the build's output. Ten minutes: a build took over three at
// load 15 on the 2-core machine.
/* global beforeAll */
const { waitForBuild } = require("./production-build");

beforeAll(() => waitForBuild(600_000), 600_000);
