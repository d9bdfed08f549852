import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { THREAT_CLASSES } from "../../../src/core/looks/threat-classes";
import { threatModelDoc } from "../../../src/core/looks/threat-model-doc";
import { EXCEL_FACTS } from "../../../src/excel/cell-facts";
import { ODS_FACTS } from "../../../src/xlsx/sheetjs/ods/ods-cell-facts";
import { XLS_FACTS } from "../../../src/xlsx/sheetjs/xls-cell-facts";
import { XLSX_FACTS } from "../../../src/xlsx/xlsx-reader/cell-facts";

const DOC = path.resolve(__dirname, "../../../docs/threat-model.md");
/** As scripts/threat-model.js passes them. */
const READERS = [XLSX_FACTS, XLS_FACTS, ODS_FACTS, EXCEL_FACTS];

// Prettier's CLI in a process of its own: under jest, its markdown parser's dynamic import fails.
it("the threat model is the document docs/threat-model.md, as `npm run docs:threat-model` writes it", () => {
  const written = execFileSync(
    process.execPath,
    [require.resolve("prettier/bin/prettier.cjs"), "--stdin-filepath", DOC],
    { input: threatModelDoc(THREAT_CLASSES, READERS), encoding: "utf8" },
  );
  expect(readFileSync(DOC, "utf8")).toBe(written);
});
