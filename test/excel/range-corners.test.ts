import { corners, firstCell } from "../../src/excel/range-corners";
import { gridCells } from "../../src/excel/read-grid";

describe("the corners of an address Excel gives", () => {
  it("reads a range, one cell, whole rows and whole columns, with or without $", () => {
    expect(corners("'Biểu 01'!B2:M30")).toEqual([
      { row: 1, col: 1 },
      { row: 29, col: 12 },
    ]);
    expect(corners("'Biểu 01'!$C$10")).toEqual([
      { row: 9, col: 2 },
      { row: 9, col: 2 },
    ]);
    expect(corners("'Biểu 01'!10:12")).toEqual([
      { row: 9, col: 0 },
      { row: 11, col: 16_383 },
    ]);
    expect(corners("'Tờ!1'!C:D")).toEqual([
      { row: 0, col: 2 },
      { row: 1_048_575, col: 3 },
    ]);
    expect(firstCell("'Biểu 01'!$C$10:$D$12")).toEqual({ row: 9, col: 2 });
    expect(corners("'Biểu 01'!#REF!")).toBeUndefined();
  });

  it("reads a merge of whole rows over a form's figures as covering all but its first cell", () => {
    const cells = gridCells({
      address: "'Biểu 01'!A10:C10",
      values: [[4, 5, 6]],
      formulas: [[4, 5, 6]],
      valueTypes: [["Double", "Double", "Double"]],
      merged: ["'Biểu 01'!10:10"],
    });
    expect([...cells].map(([address, cell]) => [address, cell.hidden])).toEqual([
      ["A10", undefined],
      ["B10", "merge"],
      ["C10", "merge"],
    ]);
  });
});
