import { columnIndex, columnLetters, fromA1 } from "../../src/core/a1";

describe("A1 columns", () => {
  it("reads back every column's letters, in either case, to the last of Excel's 16,384", () => {
    for (const col of [0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383]) {
      expect(columnIndex(columnLetters(col))).toBe(col);
      expect(columnIndex(columnLetters(col).toLowerCase())).toBe(col);
    }
  });

  it("reads an address as written by hand, absolute or lower case, as a writer's", () => {
    expect(fromA1("$ab$12")).toEqual(fromA1("AB12"));
    expect(fromA1("AB12")).toEqual({ row: 11, col: 27 });
  });
});
