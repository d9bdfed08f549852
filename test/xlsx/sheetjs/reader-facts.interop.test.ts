import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { WorkbookGrid } from "../../../src/core/grid/grid";
import type { CellFact, ReaderFacts } from "../../../src/core/grid/reader-facts";
import { ODS_FACTS } from "../../../src/xlsx/sheetjs/ods/ods-cell-facts";
import { readWorkbookGrid } from "../../../src/xlsx/sheetjs/read-grid";
import { XLS_FACTS } from "../../../src/xlsx/sheetjs/xls-cell-facts";
import { FACT_FILES, factsAt, factsGiven } from "../../support/fact-files";
import { convertWithLibreOffice } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";

// The .xls and .ods readers give the facts they declare (XLS_FACTS, ODS_FACTS), each on a report made to
// show it and saved by LibreOffice in their format, and no other over all of them: the threat model says
// from those lists which lies an .xls or an .ods can tell.

jest.setTimeout(300_000);

const FACTS = Object.keys(FACT_FILES) as CellFact[];

let dir: string;
let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
  dir = mkdtempSync(path.join(tmpdir(), "thidua-facts-"));
  const inputs = FACTS.map((fact) => {
    const file = path.join(dir, `${fact}.xlsx`);
    writeFileSync(file, FACT_FILES[fact](report));
    return file;
  });
  // One LibreOffice run a format, for every report.
  for (const ext of ["xls", "ods"]) convertWithLibreOffice(inputs, ext, path.join(dir, ext));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const grids = new Map<string, WorkbookGrid>();
/** The report made to show `fact`, saved by LibreOffice as `ext`, read. */
function read(ext: string, fact: CellFact): WorkbookGrid {
  const key = `${fact}.${ext}`;
  if (!grids.has(key))
    grids.set(key, readWorkbookGrid(new Uint8Array(readFileSync(path.join(dir, ext, key))), `r.${ext}`));
  return grids.get(key)!;
}

describe.each([
  ["xls", XLS_FACTS],
  ["ods", ODS_FACTS],
] as [string, ReaderFacts][])("the .%s reader's facts", (ext, declared) => {
  it.each(declared.cell.map((fact) => [fact]))("gives %s of the input made to show it", (fact) => {
    expect(factsAt(read(ext, fact), "Biểu 01", report.input.cell)).toContain(fact);
  });

  it("gives no fact it does not declare, over every report made to show one", () => {
    expect(factsGiven(...FACTS.map((fact) => read(ext, fact)))).toEqual([...declared.cell].sort());
  });
});
