import { NUMBER_FORMATS } from "../../src/core";
import { addressLists, rectanglesOf } from "../../src/host/excel-ready/areas";
import { cellInput, cellMatrix, numberFormatAreas, rowSlices } from "../../src/host/excel-ready/cell-matrix";
import { freeSheetName, sheetKey, validSheetName } from "../../src/excel/sheet-names";
import { columnPoints } from "../../src/core/layout/page";

const cells = (...addresses: [number, number][]) => addresses.map(([row, col]) => ({ row, col }));

describe("areas for getRanges", () => {
  it("joins runs along a row and stacks equal runs of consecutive rows", () => {
    const block = [8, 9, 10].flatMap((row) => cells([row, 2], [row, 3], [row, 4]));
    expect(rectanglesOf([...block, ...cells([12, 2], [12, 4], [8, 2])])).toEqual([
      { top: 8, left: 2, bottom: 10, right: 4 },
      { top: 12, left: 2, bottom: 12, right: 2 },
      { top: 12, left: 4, bottom: 12, right: 4 },
    ]);
  });

  it("splits long address lists below 255 characters without losing an area", () => {
    const scattered = rectanglesOf(Array.from({ length: 300 }, (_, i) => ({ row: i * 2, col: 3 })));
    const lists = addressLists(scattered);
    expect(lists.length).toBeGreaterThan(1);
    expect(Math.max(...lists.map((l) => l.length))).toBeLessThanOrEqual(255);
    expect(lists.join(",").split(",")).toHaveLength(300);
    expect(lists[0]!.startsWith("D1,D3,D5")).toBe(true);
  });
});

describe("cell contents", () => {
  it("writes formulas with '=', numbers as numbers, and keeps every text a text", () => {
    expect(cellInput({ row: 0, col: 0, formula: "SUM(C9:C12)", value: 4 })).toBe("=SUM(C9:C12)");
    expect(cellInput({ row: 0, col: 0, value: 12 })).toBe(12);
    expect(cellInput({ row: 0, col: 0, value: null })).toBe("");
    for (const text of ["=1+1", "+84 912", "-5", "@home", "007", "1/2", "TRUE", "Biểu 01"])
      expect(cellInput({ row: 0, col: 0, value: text })).toBe(`'${text}`);
  });

  it("leaves text-formatted cells to their format, which is written first", () => {
    expect(cellInput({ row: 0, col: 0, value: "2025-01-01", numFmt: NUMBER_FORMATS.text })).toBe(
      "2025-01-01",
    );
  });

  it("fills the bounding box, blanks between the cells", () => {
    const m = cellMatrix([
      { row: 1, col: 1, value: 5, numFmt: "#,##0" },
      { row: 2, col: 3, formula: "B2*2" },
    ])!;
    expect([m.top, m.left]).toEqual([1, 1]);
    expect(m.formulas).toEqual([
      [5, "", ""],
      ["", "", "=B2*2"],
    ]);
    expect(cellMatrix([])).toBeNull();
  });

  it("caps every text at 32,767 characters, its quote prefix included", () => {
    const input = cellInput({ row: 0, col: 0, value: "đ".repeat(40_000) });
    expect(input).toHaveLength(32_767);
    expect(String(input).startsWith("'đđ")).toBe(true);
    expect(cellInput({ row: 0, col: 0, value: "x".repeat(32_766) })).toHaveLength(32_767);
  });

  it("gives number formats only to cells that differ from General, as rectangles", () => {
    const column = [9, 10, 11].map((row) => ({ row, col: 4, value: row, numFmt: "#,##0" }));
    expect(
      numberFormatAreas([...column, { row: 9, col: 5, value: "x" }, { row: 2, col: 2, numFmt: "General" }]),
    ).toEqual([{ format: "#,##0", areas: [{ top: 9, left: 4, bottom: 11, right: 4 }] }]);
  });

  it("slices rows so that each slice's JSON stays within the bytes given", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`row ${i}`, i]);
    const size = JSON.stringify(rows[0]).length + 1;
    const slices = [...rowSlices(rows, size * 3)];
    expect(slices).toEqual([
      { start: 0, count: 3 },
      { start: 3, count: 3 },
      { start: 6, count: 3 },
      { start: 9, count: 1 },
    ]);
    expect([...rowSlices([["x".repeat(50)]], 10)]).toEqual([{ start: 0, count: 1 }]);
  });
});

describe("sheet names", () => {
  it("takes a free name without overwriting, within 31 characters and Excel's characters", () => {
    const taken = new Set(["BIỂU 01", "BIỂU 01 (2)"].map(sheetKey));
    expect(freeSheetName("Biểu 01", taken)).toBe("Biểu 01 (3)");
    expect(taken.has(sheetKey("Biểu 01 (3)"))).toBe(true);
    const long = "Tổng hợp kết quả thi đua các đơn vị";
    const first = freeSheetName(long, taken);
    const second = freeSheetName(long, taken);
    expect(first).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(validSheetName("Q1/2025: [x]*?")).toBe("Q1_2025_ _x___");
  });

  it("converts character widths to points as Excel does for Calibri 11", () => {
    expect(columnPoints(15)).toBe(82.5);
  });
});
