import type { GridCell, GridSheet } from "../../../src/core/grid/grid";
import { withEmptyTextResults } from "../../../src/xlsx/sheetjs/xls-empty-results";

const zero = (formula: string): GridCell => ({
  value: { type: "number", value: 0 },
  formula,
  shown: "0",
});

const sheet = (name: string, cells: [string, GridCell][]): GridSheet => ({
  name,
  visibility: "visible",
  cells: new Map(cells),
});

// LibreOffice saves an .xls cell whose formula gives "" with 0 as its result: what a person sees on
// opening is the formula's blank, where the file's 0 was read as a figure.
describe("an .xls formula cell holding 0 as its result", () => {
  const notes = sheet("Ghi chú", [["A2", { value: { type: "string", value: "x" } }]]);
  const [targets, kept] = withEmptyTextResults([
    sheet("Chỉ tiêu giao", [
      ["C6", { value: { type: "number", value: 120 } }],
      ["D6", zero('IF(C7="","",C7*1.1)')],
      ["E6", zero('IF(\'Ghi chú\'!A1="","",5)')],
      ["F6", zero('IF(C6>100,0,"")')],
      ["G6", zero("C7*2")],
      ["H6", zero('IF(NOSUCH(C6),"",1)')],
    ]),
    notes,
  ]);

  it.each(["D6", "E6"])(
    "is the empty text where its formula gives one, the 0's text gone (%s)",
    (address) => {
      const cell = targets!.cells.get(address)!;
      expect(cell.value).toEqual({ type: "string", value: "" });
      expect(cell.formula).toContain('""');
      expect(cell.shown).toBeUndefined();
    },
  );

  it.each(["F6", "G6", "H6"])(
    "keeps its 0 where its formula gives 0, or cannot be computed here (%s)",
    (address) =>
      expect(targets!.cells.get(address)).toEqual(
        expect.objectContaining({ value: { type: "number", value: 0 }, shown: "0" }),
      ),
  );

  it("leaves a sheet with no such cell as it was", () => expect(kept).toBe(notes));
});

// A hostile .xls of many such cells, each reading a long range, costs no more than the work allowed.
it("computes no more than its work allows over a workbook, the cells past it keeping their 0", () => {
  const cells: [string, GridCell][] = Array.from({ length: 2_000 }, (_, i) => [
    `B${i + 1}`,
    zero('IF(SUM(A1:A500)=0,"",1)'),
  ]);
  const [read] = withEmptyTextResults([sheet("Chỉ tiêu giao", cells)]);
  const blanked = [...read!.cells.values()].filter((cell) => cell.value?.type === "string").length;
  expect(blanked).toBeGreaterThan(100);
  expect(blanked).toBeLessThan(2_000);
  expect(read!.cells.get("B2000")!.value).toEqual({ type: "number", value: 0 });
});

// An officer's sheet with one formula over a range too large to compute, before the targets: the work
// it was refused was counted as done, and every target after it kept its 0 (a target of 0, a wrong figure).
it("leaves the work a cell was refused to the cells after it", () => {
  const [read] = withEmptyTextResults([
    sheet("Chỉ tiêu giao", [
      ["A1", zero('IF(SUM(C1:IV65536)=0,"",1)')],
      ["B2", zero('IF(C2="","",C2*1.1)')],
    ]),
  ]);
  expect(read!.cells.get("A1")!.value).toEqual({ type: "number", value: 0 });
  expect(read!.cells.get("B2")!.value).toEqual({ type: "string", value: "" });
});
