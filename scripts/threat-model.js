// Writes docs/threat-model.md from the threat model's classes (src/core/looks), as built into lib/ by
// `npm run build:cli`; a test fails while the committed document differs from what this writes.
"use strict";
const { writeFileSync } = require("node:fs");
const path = require("node:path");
const prettier = require("prettier");
const { THREAT_CLASSES } = require("../lib/core/looks/threat-classes");
const { threatModelDoc } = require("../lib/core/looks/threat-model-doc");
const { XLSX_FACTS } = require("../lib/xlsx/xlsx-reader/cell-facts");
const { XLS_FACTS } = require("../lib/xlsx/sheetjs/xls-cell-facts");
const { ODS_FACTS } = require("../lib/xlsx/sheetjs/ods/ods-cell-facts");
const { EXCEL_FACTS } = require("../lib/excel/cell-facts");

/** The facts each reader declares it gives, passed in: the core imports no reader. */
const READERS = [XLSX_FACTS, XLS_FACTS, ODS_FACTS, EXCEL_FACTS];

const target = path.join(__dirname, "..", "docs", "threat-model.md");

(async () => {
  const options = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(
    target,
    await prettier.format(threatModelDoc(THREAT_CLASSES, READERS), { ...options, filepath: target }),
  );
  process.stdout.write(`${path.relative(process.cwd(), target)}: ${THREAT_CLASSES.length} classes\n`);
})();
