// @ts-check
const js = require("@eslint/js");
const prettier = require("eslint-config-prettier");
const react = require("eslint-plugin-react");
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");

// The plugin's own presets register its bundled, older typescript-eslint; take only its rules so one
// typescript-eslint (ours) parses everything. Its rules recognise Office.js proxies by shape, so they
// run where Office.js is used: on exceljs code they mistake every property read for a proxy read.
const officeAddinRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([rule]) => rule.startsWith("office-addins/")),
);

module.exports = tseslint.config(
  { ignores: ["node_modules/", "lib/", "dist/", "coverage/", "test-output/", "demo-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react },
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    settings: { react: { version: "detect" } },
    rules: { ...react.configs.flat.recommended.rules, "react/react-in-jsx-scope": "off" },
  },
  {
    files: ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinRules,
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
