import { printAreaA1, printAreasOf, printedAreas } from "../../../src/core/grid/print-areas";

describe("a print area as a workbook or Excel names it", () => {
  it("reads each area on the sheet, as a file and as Excel's RangeAreas write them", () => {
    const areas = (ref: string, sheet = "Biểu 01") => printAreasOf(ref, sheet).map(printAreaA1);
    expect(areas("'Biểu 01'!$A$1:$K$22")).toEqual(["A1:K22"]);
    expect(areas("'Biểu 01'!A1:K22, 'Biểu 01'!N1:X22")).toEqual(["A1:K22", "N1:X22"]);
    expect(areas("'Biểu 01'!$A:$K,'Biểu 01'!$1:$8")).toEqual(["A:K", "1:8"]);
    expect(areas("=$B$2")).toEqual(["B2"]);
    expect(areas("'Chi, tiết'!A1:B2", "Chi, tiết")).toEqual(["A1:B2"]);
    expect(areas("'O''Neil'!C3", "O'Neil")).toEqual(["C3"]);
    // An .xls's union as SheetJS writes it (red team, round 53: a whole form printed in two areas refused).
    expect(areas("('Biểu 01'!$A$1:$K$26,'Biểu 01'!$A$28:$K$29)")).toEqual(["A1:K26", "A28:K29"]);
    expect(areas("'(Biểu 01)'!A1:B2", "(Biểu 01)")).toEqual(["A1:B2"]);
  });

  it("places nothing it cannot read, nor another sheet's area", () => {
    for (const ref of ["#REF!", "'Biểu 02'!A1:K22", "'Biểu 01'!A1:B2:C3", "'Biểu 01'!A:3", "Vùng_in"])
      expect({ ref, areas: printAreasOf(ref, "Biểu 01") }).toEqual({ ref, areas: [] });
  });
});

describe("the areas a sheet prints", () => {
  it("are its print areas, their rows cut at the cells in use, a whole row's columns too; else the cells in use from A1", () => {
    const used = { row: 25, col: 10 };
    expect(printedAreas(undefined, used)).toEqual([{ top: 0, left: 0, bottom: 25, right: 10 }]);
    expect(printedAreas(undefined, undefined)).toEqual([]);
    expect(printedAreas(printAreasOf("'Biểu 01'!$A$1:$T$5000", "Biểu 01"), used)).toEqual([
      { top: 0, left: 0, bottom: 25, right: 19 },
    ]);
    expect(printedAreas(printAreasOf("'Biểu 01'!$1:$40", "Biểu 01"), used)).toEqual([
      { top: 0, left: 0, bottom: 25, right: 10 },
    ]);
    expect(printedAreas(printAreasOf("'Biểu 01'!$A:$K", "Biểu 01"), used)).toEqual([
      { top: 0, left: 0, bottom: 25, right: 10 },
    ]);
  });
});
