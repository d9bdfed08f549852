// Jest's stand-in for "@fluentui/react-icons" (jest.config.js). The package's CommonJS index makes all of its
// thousands of icons as it loads, and Jest loads it afresh for each test file that renders the pane: over
// half a second of CPU a file for the two dozen icons a pane shows. Here each icon comes from the package's
// own file for its family (lib-cjs/atoms/svg, what per-icon imports load), made when first asked for; a name
// found there in no family's file is taken from the whole index, as before.
"use strict";
const { readdirSync } = require("node:fs");
const path = require("node:path");

const LIB = path.resolve(__dirname, "../../node_modules/@fluentui/react-icons/lib-cjs");
const ATOMS = path.join(LIB, "atoms/svg");

/** The index's exports that are no icon: small modules, loaded as the index loads them. */
const helpers = {
  ...require(path.join(LIB, "utils/useIconState.cjs")),
  ...require(path.join(LIB, "utils/constants.cjs")),
  wrapIcon: require(path.join(LIB, "utils/wrapIcon.cjs")).wrapIcon,
  bundleIcon: require(path.join(LIB, "utils/bundleIcon.cjs")).bundleIcon,
  createFluentIcon: require(path.join(LIB, "utils/createFluentIcon.cjs")).createFluentIcon,
  IconDirectionContextProvider: require(path.join(LIB, "contexts/index.cjs")).IconDirectionContextProvider,
  useIconContext: require(path.join(LIB, "contexts/index.cjs")).useIconContext,
};

/** Each icon family's file by the family's name in exports: "chevron-right.cjs" under ChevronRight. */
const families = new Map(
  readdirSync(ATOMS)
    .filter((file) => file.endsWith(".cjs"))
    .map((file) => [
      file
        .slice(0, -".cjs".length)
        .split("-")
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join(""),
      path.join(ATOMS, file),
    ]),
);

/** ChevronRight20Regular → ChevronRight20, then ChevronRight: the family, with or without a size. */
const familyNames = (name) => {
  const unstyled = name.replace(/(Regular|Filled|Color|Light)$/, "");
  return [unstyled, unstyled.replace(/\d+$/, "")];
};

function icon(name) {
  for (const family of familyNames(name)) {
    const file = families.get(family);
    if (file) {
      const exported = require(file);
      if (name in exported) return exported[name];
    }
  }
  return require(path.join(LIB, "index.cjs"))[name];
}

module.exports = new Proxy(
  { __esModule: true, ...helpers },
  {
    get: (loaded, name) =>
      name in loaded || typeof name !== "string" ? loaded[name] : (loaded[name] = icon(name)),
  },
);
