import { findTable } from "../../../src/core/grid/find-table";
import type { GridCell, GridSheet, WorkbookGrid } from "../../../src/core/grid/grid";

const text = (value: string): GridCell => ({ value: { type: "string", value } });
const figure = (value: number): GridCell => ({ value: { type: "number", value } });

/** A units sheet: a header on row 1, three units below, the bloc and a figure each typed once and merged down. */
function sheetWith(merges: GridSheet["mergesDown"]): WorkbookGrid {
  const cells = new Map<string, GridCell>([
    ["A1", text("Mã đơn vị")],
    ["B1", text("Cụm thi đua")],
    ["C1", text("Điểm")],
    ["A2", text("X01")],
    ["B2", text("Cụm 1")],
    ["C2", figure(10)],
    ["A3", text("X02")],
    ["A4", text("X03")],
  ]);
  return { sheets: [{ name: "Đơn vị", visibility: "visible", cells, mergesDown: merges }], names: [] };
}

const column = (grid: WorkbookGrid, col: number) =>
  findTable(grid, "TD_Units", ["Mã đơn vị", "Cụm thi đua"])!.rows.map((row) => row.cells[col]!.value?.value);

describe("a cell merged down over a table's rows", () => {
  it("gives its text to every row it covers that holds something", () => {
    const grid = sheetWith([{ top: 1, left: 1, bottom: 9, right: 1 }]);
    expect(column(grid, 1)).toEqual(["Cụm 1", "Cụm 1", "Cụm 1"]);
  });

  it("leaves a figure on its first row", () => {
    const grid = sheetWith([{ top: 1, left: 2, bottom: 3, right: 2 }]);
    expect(column(grid, 2)).toEqual([10, undefined, undefined]);
  });

  it("leaves the rows alone where nothing is merged, and a merge of the header row", () => {
    expect(column(sheetWith(undefined), 1)).toEqual(["Cụm 1", undefined, undefined]);
    const header = sheetWith([{ top: 0, left: 1, bottom: 3, right: 1 }]);
    expect(column(header, 1)).toEqual(["Cụm 1", undefined, undefined]);
  });
});
