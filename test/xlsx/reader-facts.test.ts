import type { WorkbookGrid } from "../../src/core/grid/grid";
import type { CellFact } from "../../src/core/grid/reader-facts";
import { XLSX_FACTS } from "../../src/xlsx/xlsx-reader/cell-facts";
import { readReportGrid } from "../../src/xlsx/xlsx-reader/read-report-grid";
import { FACT_FILES, factsAt, factsGiven } from "../support/fact-files";
import { reportParts, type ReportParts } from "../support/report-parts";

// The .xlsx reader gives the facts it declares (XLSX_FACTS), each on a report made to show it, and no
// other over all of them: the threat model says from that list which lies an .xlsx can tell.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

const grids = new Map<CellFact, WorkbookGrid>();
const read = (fact: CellFact): WorkbookGrid => {
  if (!grids.has(fact)) grids.set(fact, readReportGrid(FACT_FILES[fact](report), "r.xlsx"));
  return grids.get(fact)!;
};

describe("the .xlsx reader's facts", () => {
  it.each(XLSX_FACTS.cell.map((fact) => [fact]))("gives %s of the input made to show it", (fact) => {
    expect(factsAt(read(fact), "Biểu 01", report.input.cell)).toContain(fact);
  });

  it("gives no fact it does not declare, over every report made to show one", () => {
    const all = Object.keys(FACT_FILES) as CellFact[];
    expect(factsGiven(...all.map(read))).toEqual([...XLSX_FACTS.cell].sort());
  });
});
