// Jest's stand-in for "@fluentui/react-components" (jest.config.js). The package's CommonJS index requires all
// of its fifty component packages as it loads, and Jest loads it afresh for each test file that renders the
// pane, which uses a dozen of them. Here the index's own exports are read from it, each package required
// when one of its exports is first asked for: the same objects, from the same packages, as the index gives.
"use strict";
const { readFileSync } = require("node:fs");
const path = require("node:path");

const INDEX = path.resolve(__dirname, "../../node_modules/@fluentui/react-components/lib-commonjs/index.js");
const source = readFileSync(INDEX, "utf8");

/** The index's packages by the name it keeps each under: `const _reactbutton = require("@fluentui/react-button");`. */
const packages = new Map(
  [...source.matchAll(/^const (_\w+) = require\("([^"]+)"\);$/gm)].map(([, held, name]) => [
    held,
    require.resolve(name, { paths: [path.dirname(INDEX)] }),
  ]),
);

/** Its exports: `Button: function() { return _reactbutton.Button; }`. */
const exported = [...source.matchAll(/^ {4}(\w+): function\(\) \{\n {8}return (_\w+)\.(\w+);$/gm)];
if (exported.length === 0 || exported.some(([, , held]) => !packages.has(held)))
  throw new Error(`lazy-fluent-components: ${INDEX} no longer reads as expected`);

Object.defineProperty(exports, "__esModule", { value: true });
for (const [, name, held, property] of exported)
  Object.defineProperty(exports, name, {
    enumerable: true,
    get: () => require(packages.get(held))[property],
  });
