import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { GridCell, WorkbookGrid } from "../../../src/core/grid/grid";
import { seenText } from "../../../src/core/report/seen-text";
import type { CellFact, ReaderFacts, SheetFact } from "../../../src/core/grid/reader-facts";
import { ODS_FACTS } from "../../../src/xlsx/sheetjs/ods/ods-cell-facts";
import { readWorkbookGrid } from "../../../src/xlsx/sheetjs/read-grid";
import { XLS_FACTS } from "../../../src/xlsx/sheetjs/xls-cell-facts";
import { readReportGrid } from "../../../src/xlsx/xlsx-reader/read-report-grid";
import {
  FACT_FILES,
  factsAt,
  factsGiven,
  SAVED_SHEET_FACTS,
  SHEET_FACT_FILES,
  sheetFactsAt,
  sheetFactsGiven,
} from "../../support/fact-files";
import { convertWithLibreOffice } from "../../support/libreoffice";
import { reportParts, type ReportParts } from "../../support/report-parts";

// The .xls and .ods readers give the facts they declare (XLS_FACTS, ODS_FACTS), each on a report made to
// show it and saved by LibreOffice in their format (then, for a fact only that format holds, changed as
// its program writes it), and no other over all of them: the threat model says from those lists which
// lies an .xls or an .ods can tell.

jest.setTimeout(300_000);

type Ext = "xls" | "ods";
const CELL_FACTS = Object.keys(FACT_FILES) as CellFact[];
const SHEET_FACTS = Object.keys(SHEET_FACT_FILES) as SheetFact[];
const FORM = "Biểu 01";

let dir: string;
let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
  dir = mkdtempSync(path.join(tmpdir(), "thidua-facts-"));
  const made = [
    ...CELL_FACTS.map((fact) => [`cell-${fact}`, FACT_FILES[fact](report)] as const),
    ...SHEET_FACTS.map((fact) => [`sheet-${fact}`, SHEET_FACT_FILES[fact]!(report)] as const),
  ];
  const inputs = made.map(([name, bytes]) => {
    const file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    return file;
  });
  // One LibreOffice run for every report, each opened once for both formats.
  convertWithLibreOffice(inputs, ["ods", "xls"], path.join(dir, "saved"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const saved = (ext: Ext, name: string) =>
  new Uint8Array(readFileSync(path.join(dir, "saved", `${name}.${ext}`)));
const grids = new Map<string, WorkbookGrid>();
/** The report `name` saved by LibreOffice as `ext` (or the `bytes` made of one), read. */
function read(ext: Ext, name: string, bytes: () => Uint8Array = () => saved(ext, name)): WorkbookGrid {
  const key = `${name}.${ext}`;
  if (!grids.has(key)) grids.set(key, readWorkbookGrid(bytes(), `r.${ext}`));
  return grids.get(key)!;
}

/** The report made to show a fact of a sheet, in `ext`: made as an .xlsx, or changed once saved. */
function sheetShowing(ext: Ext, fact: SheetFact): WorkbookGrid {
  const change = SAVED_SHEET_FACTS[ext][fact];
  return change
    ? read(ext, `saved-${fact}`, () => change(saved(ext, "cell-value")))
    : read(ext, `sheet-${fact}`);
}

/** The cell at `address` of the form, as read. */
const cellAt = (grid: WorkbookGrid, address: string): GridCell | undefined =>
  grid.sheets.find((sheet) => sheet.name === FORM)?.cells.get(address);

/** Every report of the corpus in `ext`: each made to show a fact of a cell or a sheet. */
const corpus = (ext: Ext) => [
  ...CELL_FACTS.map((fact) => read(ext, `cell-${fact}`)),
  ...SHEET_FACTS.map((fact) => read(ext, `sheet-${fact}`)),
  ...(Object.keys(SAVED_SHEET_FACTS[ext]) as SheetFact[]).map((fact) => sheetShowing(ext, fact)),
];

describe.each([
  ["xls", XLS_FACTS],
  ["ods", ODS_FACTS],
] as [Ext, ReaderFacts][])("the .%s reader's facts", (ext, declared) => {
  it.each(declared.cell.map((fact) => [fact]))("gives %s of the input made to show it", (fact) => {
    expect(factsAt(read(ext, `cell-${fact}`), FORM, report.input.cell)).toContain(fact);
  });

  it.each(declared.sheet.map((fact) => [fact]))("gives %s of the sheet made to show it", (fact) => {
    expect(sheetFactsAt(sheetShowing(ext, fact), FORM)).toContain(fact);
  });

  it("gives the runs of a named text as of a label, read as the .xlsx reader reads them", () => {
    const xlsx = readReportGrid(FACT_FILES.drawnRuns(report), "r.xlsx");
    // Each run's text (an .xls starts with an empty one), and what a person reads of them as the first
    // program draws them.
    const drawn = (grid: WorkbookGrid, address: string) => {
      const runs = cellAt(grid, address)?.drawnRuns?.[0];
      return runs && { runs: runs.runs.flatMap(({ text }) => text || []), seen: seenText(runs) };
    };
    for (const address of [report.input.cell, `A${report.input.row}`]) {
      expect(drawn(read(ext, "cell-drawnRuns"), address)).toEqual(drawn(xlsx, address));
      expect(drawn(xlsx, address)?.seen).toBeDefined();
    }
  });

  it("gives no fact it does not declare, over every report made to show one", () => {
    expect(factsGiven(...corpus(ext))).toEqual([...declared.cell].sort());
    expect(sheetFactsGiven(...corpus(ext))).toEqual([...declared.sheet].sort());
  });
});
