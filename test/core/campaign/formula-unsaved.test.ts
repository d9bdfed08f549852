import { defaultCampaign, layoutCampaign, readCampaignGrid, toA1 } from "../../../src/core";
import { fromA1 } from "../../../src/core/grid/a1";
import type { GridCell, WorkbookGrid } from "../../../src/core/grid/grid";
import { gridFromPlan } from "../../support/plan-grid";

// A campaign cell holding a formula saved without its result, in a workbook without Excel tables (an
// .ods, a script's sheets): read as a blank it was dropped, a unit's target left to the default and a
// unit row made of formulas left out, without a word. The same cell with its result reads as before.

const units = ["P01", "X01"].map((code) => ({ code, name: `Công đoàn ${code}` }));

/** The campaign's grid with `cell` set at the row holding `row` and the column holding `column` of `sheet`. */
function withCell(sheet: string, row: string, column: string, cell: GridCell, below = 0) {
  const grid = gridFromPlan(layoutCampaign(defaultCampaign(2025, units)));
  const cells = grid.sheets.find((s) => s.name === sheet)!.cells as Map<string, GridCell>;
  const find = (value: string) => fromA1([...cells].find(([, c]) => c.value?.value === value)![0])!;
  const address = toA1(find(row).row + below, find(column).col);
  cells.set(address, cell);
  return { grid, address };
}

const errors = (grid: WorkbookGrid) =>
  readCampaignGrid(grid)
    .findings.filter((f) => f.severity === "error")
    .map((f) => [f.rule, f.sheet, f.cell]);

describe("a campaign cell holding a formula saved without its result", () => {
  it("is an error at a unit's target, not the default", () => {
    const { grid, address } = withCell("Chỉ tiêu giao", "X01", "B02_members_admitted", {
      formula: "120*1.1",
    });
    expect(errors(grid)).toEqual([["campaign.formula_not_saved", "Chỉ tiêu giao", address]]);
    const [found] = readCampaignGrid(grid).findings;
    expect(found!.message_vi).toContain(`Chỉ tiêu giao, ô ${address}: công thức =120*1.1 chưa có kết quả`);
    expect(found!.message_en).toContain(`cell ${address}: the formula =120*1.1 has no result yet`);
  });

  it("is an error on a row of formulas alone, not a row left out", () => {
    const { grid, address } = withCell("Đơn vị", "X01", "Mã đơn vị", { formula: '"X0"&"2"' }, 1);
    expect(errors(grid)).toEqual([["campaign.formula_not_saved", "Đơn vị", address]]);
  });

  it("is read as its result where the file keeps one", () => {
    const { grid } = withCell("Chỉ tiêu giao", "X01", "B02_members_admitted", {
      formula: "120*1.1",
      value: { type: "number", value: 132 },
    });
    expect(errors(grid)).toEqual([]);
    expect(readCampaignGrid(grid).campaign!.assigned.get("X01")).toEqual({ B02_members_admitted: 132 });
  });
});
