/** @type {import('jest').Config} */
const common = {
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  // d3, which the charts draw with, resolves to ES modules under Jest; each ships a UMD build too.
  moduleNameMapper: { "^(d3-[a-z-]+|internmap)$": "<rootDir>/node_modules/$1/dist/$1.js" },
  setupFiles: ["<rootDir>/test/support/jsdom-setup.ts"],
  testEnvironment: "node",
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: "unit",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/test/e2e/"],
    },
    {
      ...common,
      displayName: "e2e",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.test.ts"],
      // The browser tests run against the production build of the standalone page.
      globalSetup: "<rootDir>/test/e2e/build-once.js",
    },
  ],
};
