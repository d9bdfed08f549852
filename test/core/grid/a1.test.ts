import { areaA1, areaOf, columnIndex, columnLetters, fromA1 } from "../../../src/core/grid/a1";

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

describe("A1 areas", () => {
  it("reads a range whichever corners it names, and one cell as an area of one", () => {
    const c9d12 = { top: 8, left: 2, bottom: 11, right: 3 };
    for (const range of ["C9:D12", "D12:C9", "$D$9:c12", "C12:D9"]) expect(areaOf(range)).toEqual(c9d12);
    expect(areaOf("$B$3")).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
  });

  it("reads no area from a list, a whole column or a broken end", () => {
    for (const range of ["C9:D12:E14", "A:A", "C9:", "", "C9 D10"]) expect(areaOf(range)).toBeNull();
  });

  it("writes an area back as it reads it: one cell alone, more as a range", () => {
    for (const range of ["B3", "C9:D12"]) expect(areaA1(areaOf(range)!)).toBe(range);
  });
});
