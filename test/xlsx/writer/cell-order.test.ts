import { strFromU8, unzipSync } from "fflate";
import type { PlanCell, SheetPlan } from "../../../src/core/layout/plan";
import { writeWorkbookPlan } from "../../../src/xlsx";

/** A sheet of these cells, in the order given. */
const sheetOf = (cells: PlanCell[]): SheetPlan => ({
  name: "S",
  visibility: "visible",
  cells,
  merges: [],
  columnWidths: [],
  validations: [],
  protect: false,
  title: { vi: "S", en: "S" },
});

/** The cells the sheet part holds, as address and figure, in the order written. */
async function written(cells: PlanCell[]): Promise<string[]> {
  const parts = unzipSync(await writeWorkbookPlan({ sheets: [sheetOf(cells)], names: [] }));
  const xml = strFromU8(parts["xl/worksheets/sheet1.xml"]!);
  return [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><v>([^<]*)<\/v><\/c>/g)].map(([, at, v]) => `${at}=${v}`);
}

// A table's two heading rows written side by side, column by column, as the summary's sheets write them.
const headings = (cols: number): PlanCell[] =>
  Array.from({ length: cols }, (_, c) => [
    { row: 1, col: c, value: 100 + c },
    { row: 2, col: c, value: 200 + c },
  ]).flat();

describe("cells written in reading order", () => {
  it("writes rows laid out side by side one row after the other, each left to right", async () => {
    const cells = [...headings(30), { row: 0, col: 5, value: 1 }, { row: 0, col: 2, value: 2 }];
    const ordered = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
    const out = await written(cells);
    expect(out).toEqual(await written(ordered));
    expect(out.slice(0, 4)).toEqual(["C1=2", "F1=1", "A2=100", "B2=101"]);
    expect(out).toHaveLength(62);
  });

  it("keeps the cell set last of two at one place, wherever each lies in the plan", async () => {
    const cells = [
      { row: 2, col: 1, value: 1 },
      { row: 1, col: 3, value: 2 },
      { row: 2, col: 1, value: 3 },
      { row: 1, col: 0, value: 4 },
      { row: 2, col: 0, value: 5 },
      { row: 2, col: 1, value: 6 },
    ];
    expect(await written(cells)).toEqual(["A2=4", "D2=2", "A3=5", "B3=6"]);
  });
});
