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

/** What lies above src/xlsx. */
const XLSX_ABOVE = ["excel", "taskpane", "commands", "cli", "pipeline", "host", "app"];
// The readers of src/xlsx (none imports another), what they share below them, and the containers below that.
const { XLSX_READERS, XLSX_SHARED, XLSX_LOW, XLSX_OPEN } = require("./test/architecture/rooms");
/** The file adapter's entry at src/xlsx's top: what reads which file is chosen there, above every reader. */
const XLSX_ENTRY = { regex: "^\\.\\.(/(\\.\\./)*(index|read-workbook|submission))?$", message: "" };

/**
 * An adapter's folder may not import the folders named, nor (where given) host-bound modules, nor what
 * `more` patterns name. (Only static imports are seen: test/architecture/rooms.test.ts sees `import()` too.)
 */
function layer(folder, forbidden, hostBound = [], why = "adapters never import one another", more = []) {
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
              ...more.map((pattern) => ({ ...pattern, message: pattern.message || `${name}: ${why}.` })),
            ],
          },
        ],
      },
    },
  ];
}

/** Above src/xlsx, a reader is reached through the file adapter's entry, never through its own files. */
const XLSX_INNER = {
  regex: `^(\\.\\./)+xlsx/(?!(${XLSX_OPEN.join("|")})/)[^/]+/`,
  message:
    "Read a workbook through src/xlsx/read-workbook (the file adapter's entry), not a reader's own files.",
};

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
    // A function a reader takes in at once: a longer one is split into functions that name its parts.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "max-lines-per-function": ["error", { max: 120, skipBlankLines: true, skipComments: true }],
    },
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
                "**/pipeline/**",
                "**/host/**",
                "**/app/**",
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
  // Inside src/xlsx, the readers and the writer stand apart, above what readers share and the containers.
  ...layer(
    "src/xlsx/writer",
    [...XLSX_ABOVE, ...XLSX_READERS, ...XLSX_SHARED],
    [],
    "the writer and the readers never import one another",
    [XLSX_ENTRY],
  ),
  ...XLSX_READERS.flatMap((reader) =>
    layer(
      `src/xlsx/${reader}`,
      [...XLSX_ABOVE, "writer", ...XLSX_READERS.filter((other) => other !== reader)],
      [],
      "the readers never import one another nor the writer; what two share lives below them",
      [XLSX_ENTRY],
    ),
  ),
  ...[...XLSX_SHARED, ...XLSX_LOW].flatMap((room) =>
    layer(
      `src/xlsx/${room}`,
      [...XLSX_ABOVE, "writer", ...XLSX_READERS, ...(XLSX_LOW.includes(room) ? XLSX_SHARED : [])],
      [],
      "what the readers share lies below them, and the containers below that",
      [XLSX_ENTRY],
    ),
  ),
  ...layer("src/host", ["xlsx", "excel", "taskpane", "commands", "cli", "pipeline", "app"]),
  ...layer("src/pipeline", ["excel", "taskpane", "commands", "cli", "host", "app"], NODE_AND_UI, undefined, [
    XLSX_INNER,
  ]),
  ...layer("src/excel", ["xlsx", "taskpane", "commands", "cli", "pipeline", "app"]),
  ...layer("src/taskpane", ["excel", "commands", "cli", "app"], [], undefined, [XLSX_INNER]),
  ...layer("src/commands", ["xlsx", "taskpane", "cli", "pipeline", "app"]),
  ...layer("src/cli", ["excel", "taskpane", "commands", "host", "app"], [], undefined, [XLSX_INNER]),
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
        __filename: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
