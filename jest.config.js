const { INTEROP, LONG, PROCESS } = require("./test/tiers");

// TypeScript to CommonJS by swc, without the type check (`npm run typecheck` and CI do it): ts-jest's checked
// compile took a quarter more of the test processes' CPU on a cold cache (docs/development.md).
const swc = (tsx) => [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx },
      target: "es2022",
      transform: { react: { runtime: "automatic" } },
    },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  },
];

/** @type {import('jest').Config} */
const common = {
  transform: { "^.+\\.ts$": swc(false), "^.+\\.tsx$": swc(true) },
  // d3, which the charts draw with, resolves to ES modules under Jest; each ships a UMD build too.
  moduleNameMapper: {
    "^(d3-[a-z-]+|internmap)$": "<rootDir>/node_modules/$1/dist/$1.js",
    // Each icon made, each component package loaded, when first used: not all of them for every pane test
    // file (the files say more).
    "^@fluentui/react-icons$": "<rootDir>/test/support/lazy-fluent-icons.js",
    "^@fluentui/react-components$": "<rootDir>/test/support/lazy-fluent-components.js",
  },
  setupFiles: ["<rootDir>/test/support/jsdom-setup.ts"],
  // SUITE_CPU=<file>: each test file's CPU time beside its wall time (test/support/suite-cpu.js).
  setupFilesAfterEnv: process.env.SUITE_CPU ? ["<rootDir>/test/support/suite-cpu.js"] : [],
  testEnvironment: "node",
};

/** The test files under test/, outside test/e2e, whose names end in `suffix` (test/tiers.js classifies them). */
const underTest = (suffix, ignore = []) => ({
  ...common,
  roots: ["<rootDir>/test"],
  testMatch: [`**/*${suffix}.ts`, `**/*${suffix}.tsx`],
  testPathIgnorePatterns: ["/test/e2e/", ...ignore],
});

/** The tiers (README, Tests), each a project: `npm run test:fast` sets TEST_TIER=fast; `npm test` runs them all. */
const projects = [
  {
    ...underTest(".test", [INTEROP.source, PROCESS.source, ...LONG.map((file) => `<rootDir>/${file}`)]),
    displayName: "fast",
    // The CLI's reading processes run the compiled reader in lib/: built first when a source is newer.
    globalSetup: "<rootDir>/test/support/cli-built.js",
  },
  {
    ...underTest(".interop.test"),
    displayName: "interop",
    // LibreOffice's outputs kept for the run, shared by its test files and processes (libreoffice-warm.py).
    globalSetup: "<rootDir>/test/support/libreoffice-cache.js",
    globalTeardown: "<rootDir>/test/support/libreoffice-cache-end.js",
  },
  { ...underTest(".process.test"), displayName: "processes" },
  {
    ...common,
    displayName: "long",
    roots: ["<rootDir>/test"],
    testMatch: LONG.map((file) => `<rootDir>/${file}`),
  },
  {
    ...common,
    displayName: "browser",
    roots: ["<rootDir>/test/e2e"],
    testMatch: ["**/*.test.ts"],
    // The browser tests run against the production build of the standalone page, started here in the background
    // (the other tiers' tests run meanwhile) and waited for by each browser test file before its tests.
    globalSetup: "<rootDir>/test/e2e/build-once.js",
    setupFilesAfterEnv: [...common.setupFilesAfterEnv, "<rootDir>/test/e2e/wait-for-build.js"],
  },
];

// A tier chosen by the environment rather than --selectProjects, which would take the paths given after it.
const tiers = process.env.TEST_TIER?.split(",");
const unknown = tiers?.filter((name) => !projects.some((project) => project.displayName === name)) ?? [];
if (unknown.length > 0)
  throw new Error(`TEST_TIER: no tier ${unknown.join(", ")} (fast, interop, processes, browser, long)`);

module.exports = {
  testTimeout: 60000,
  // The slowest files first, from a list where Jest has no durations cached (a clean clone, CI).
  testSequencer: "<rootDir>/test/support/slowest-first.js",
  projects: tiers ? projects.filter((project) => tiers.includes(project.displayName)) : projects,
};
