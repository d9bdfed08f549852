import type { WorkbookGrid } from "../../src/core/grid/grid";
import type { CellFact, SheetFact } from "../../src/core/grid/reader-facts";
import { XLSX_FACTS } from "../../src/xlsx/xlsx-reader/cell-facts";
import { readReportGrid } from "../../src/xlsx/xlsx-reader/read-report-grid";
import {
  FACT_FILES,
  factsAt,
  factsGiven,
  SHEET_FACT_FILES,
  sheetFactsAt,
  sheetFactsGiven,
} from "../support/fact-files";
import { reportParts, type ReportParts } from "../support/report-parts";

// The .xlsx reader gives the facts it declares (XLSX_FACTS), each on a report made to show it, and no
// other over all of them: the threat model says from that list which lies an .xlsx can tell.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const CELL_FACTS = Object.keys(FACT_FILES) as CellFact[];
const SHEET_FACTS = Object.keys(SHEET_FACT_FILES) as SheetFact[];

const grids = new Map<string, WorkbookGrid>();
/** The report made to show a fact of a cell or (`sheet`) of a sheet, read. */
const read = (fact: CellFact | SheetFact, sheet = false): WorkbookGrid => {
  const key = `${sheet ? "sheet" : "cell"}-${fact}`;
  const made = sheet ? SHEET_FACT_FILES[fact as SheetFact]! : FACT_FILES[fact as CellFact];
  if (!grids.has(key)) grids.set(key, readReportGrid(made(report), "r.xlsx"));
  return grids.get(key)!;
};
const corpus = () => [
  ...CELL_FACTS.map((fact) => read(fact)),
  ...SHEET_FACTS.map((fact) => read(fact, true)),
];

describe("the .xlsx reader's facts", () => {
  it.each(XLSX_FACTS.cell.map((fact) => [fact]))("gives %s of the input made to show it", (fact) => {
    expect(factsAt(read(fact), "Biểu 01", report.input.cell)).toContain(fact);
  });

  it.each(XLSX_FACTS.sheet.map((fact) => [fact]))("gives %s of the sheet made to show it", (fact) => {
    expect(sheetFactsAt(read(fact, true), "Biểu 01")).toContain(fact);
  });

  it("gives no fact it does not declare, over every report made to show one", () => {
    expect(factsGiven(...corpus())).toEqual([...XLSX_FACTS.cell].sort());
    expect(sheetFactsGiven(...corpus())).toEqual([...XLSX_FACTS.sheet].sort());
  });
});
