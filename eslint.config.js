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

const NODE_AND_UI = [
  "node:*",
  "fs",
  "path",
  "os",
  "crypto",
  "worker_threads",
  "react",
  "react-dom",
  "@fluentui/*",
];

/** What lies above src/xlsx, and the folders of its readers (by format) beside its writer. */
const XLSX_ABOVE = ["excel", "taskpane", "commands", "cli", "pipeline", "host", "app"];
const XLSX_READERS = ["xlsx-reader", "sheetjs", "ods", "zip", "package", "csv"];

/** An adapter's folder may not import the folders named, nor (where given) host-bound modules. */
function layer(folder, forbidden, hostBound = [], why = "adapters never import one another") {
  const name = folder.replace("src/", "");
  return [
    {
      files: [`${folder}/**/*.{ts,tsx}`],
      rules: {
        "no-restricted-imports": [
          "error",
          {
            patterns: [
              {
                // Up out of the folder, then into a forbidden sibling of it under src.
                regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
                message: `src/${name} may not import ${forbidden.join(", ")}: ${why}.`,
              },
              ...(hostBound.length > 0
                ? [{ group: hostBound, message: `src/${name} runs in Node, browsers and Excel alike.` }]
                : []),
            ],
          },
        ],
      },
    },
  ];
}

module.exports = tseslint.config(
  {
    ignores: [
      "node_modules/",
      "lib/",
      "dist/",
      "release/",
      "coverage/",
      "test-output/",
      "demo-output/",
      "bench-output/",
    ],
  },
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
    // The core runs unchanged in Excel, a browser page and Node: it may import nothing host-bound.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "node:*",
                "fs",
                "path",
                "os",
                "crypto",
                "child_process",
                "react",
                "react-dom",
                "@fluentui/*",
              ],
              message: "src/core stays pure: no Node, DOM or UI imports.",
            },
            {
              group: [
                "exceljs",
                "@e965/xlsx",
                "fflate",
                "csv-parse*",
                "**/xlsx/**",
                "**/excel/**",
                "**/taskpane/**",
                "**/cli/**",
              ],
              message: "src/core must not depend on an adapter or a file library.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "navigator",
        "Office",
        "Excel",
        "process",
        "Buffer",
        "require",
      ],
    },
  },
  // Every adapter imports only what lies below it; what two adapters share lives below both.
  ...layer("src/xlsx", XLSX_ABOVE),
  // Inside src/xlsx, the readers and the writer stand apart: one direction each.
  ...layer(
    "src/xlsx/writer",
    [...XLSX_ABOVE, ...XLSX_READERS],
    [],
    "the writer and the readers never import one another",
  ),
  ...XLSX_READERS.flatMap((reader) =>
    layer(
      `src/xlsx/${reader}`,
      [...XLSX_ABOVE, "writer"],
      [],
      "the readers and the writer never import one another",
    ),
  ),
  ...layer("src/host", ["xlsx", "excel", "taskpane", "commands", "cli", "pipeline", "app"]),
  ...layer("src/pipeline", ["excel", "taskpane", "commands", "cli", "host", "app"], NODE_AND_UI),
  ...layer("src/excel", ["xlsx", "taskpane", "commands", "cli", "pipeline", "app"]),
  ...layer("src/taskpane", ["excel", "commands", "cli", "app"]),
  ...layer("src/commands", ["xlsx", "taskpane", "cli", "pipeline", "app"]),
  ...layer("src/cli", ["excel", "taskpane", "commands", "host", "app"]),
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
