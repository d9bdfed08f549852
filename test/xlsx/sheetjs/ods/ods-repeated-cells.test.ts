import { RepeatedCells } from "../../../../src/xlsx/sheetjs/ods/ods-repeated-cells";

describe("an .ods's repeated cells", () => {
  it("are found by any copy's place, and nowhere else", () => {
    const cells = new RepeatedCells<string>();
    // Rows 2–4 repeat a row whose columns 1–2 and 5–9 are repeated cells; row 7 one of its columns 0–3.
    cells.add("S", 2, 1, 3, 2, "a");
    cells.add("S", 2, 5, 3, 5, "b");
    cells.add("S", 7, 0, 1, 4, "c");
    cells.add("T", 0, 0, 2, 2, "d");
    const found = (row: number, col: number, sheet = "S") => cells.at(sheet, row, col);
    expect([found(2, 1), found(4, 2), found(3, 5), found(4, 9), found(7, 0), found(7, 3)]).toEqual([
      "a",
      "a",
      "b",
      "b",
      "c",
      "c",
    ]);
    expect([
      found(1, 1),
      found(5, 1),
      found(2, 0),
      found(2, 3),
      found(3, 4),
      found(3, 10),
      found(7, 4),
    ]).toEqual(Array(7).fill(undefined));
    expect([found(1, 1, "T"), found(2, 0, "T"), found(0, 0, "U")]).toEqual(["d", undefined, undefined]);
    expect(
      [...cells.of("S")].map(({ row, col, rows, cols, value }) => [row, col, rows, cols, value]),
    ).toEqual([
      [2, 1, 3, 2, "a"],
      [2, 5, 3, 5, "b"],
      [7, 0, 1, 4, "c"],
    ]);
  });
});
