// The browser tier's global setup: starts the production build of the add-in and standalone page (production mode,
// like a deployment) and returns at once, so that the other tiers' tests run while it builds; the browser test
// files wait for it (wait-for-build.js).
const { startBuild } = require("./production-build");

module.exports = async () => startBuild();
