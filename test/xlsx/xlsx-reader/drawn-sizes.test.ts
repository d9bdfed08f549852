import { findSheet } from "../../../src/core/grid/grid";
import { smallSizesOf } from "../../../src/core/report/drawn-sizes";
import { readReportGrid } from "../../../src/xlsx/xlsx-reader/read-report-grid";
import { conditionallyStyled, reportParts, type ReportParts } from "../../support/report-parts";

// The .xlsx reader gives each cell's sizes as they are, one object for the cells of one place (its style,
// column and row height): a report read gives no object more per cell, the core judges them.

let report: ReportParts;

beforeAll(async () => {
  report = await reportParts();
});

describe("the .xlsx reader's sizes of a cell", () => {
  it("gives the inputs of one column, style and row height one object of their sizes, as they are", () => {
    const cells = findSheet(readReportGrid(report.bytes, "r.xlsx"), "Biểu 01")!.cells;
    const column = report.input.cell.replace(/\d+$/, "");
    const inputs = [...cells.entries()].filter(
      ([address, cell]) => address.startsWith(column) && cell.value?.type === "number",
    );
    expect(inputs.length).toBeGreaterThan(2);
    const shared = new Set(inputs.map(([, cell]) => cell.drawnSizes));
    expect(shared.size).toBeLessThan(inputs.length);
    expect(cells.get(report.input.cell)!.drawnSizes!.styles[0]).toMatchObject({ fontSize: 11 });
    expect(smallSizesOf(cells.get(report.input.cell)!)).toBeUndefined();
  });

  // Red team, round 11: a rule's 3-pt font over the figure, whether or not it holds.
  it("gives a conditional format's font size beside the cell's own, judged too small by the core", () => {
    const styled = conditionallyStyled(report, '<font><sz val="3"/></font>', "dxfs");
    const input = findSheet(readReportGrid(styled, "r.xlsx"), "Biểu 01")!.cells.get(report.input.cell)!;
    expect(input.drawnSizes!.conditionalFonts).toEqual([3]);
    expect(smallSizesOf(input)).toEqual({ fontSize: 3 });
  });
});
