import { defaultCampaign, layoutCampaign, readCampaignGrid, toA1 } from "../../../src/core";
import { checkCampaignGrid } from "../../../src/core/campaign/plan-warnings";
import { fromA1 } from "../../../src/core/grid/a1";
import type { WorkbookGrid } from "../../../src/core/grid/grid";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { setWithOpenpyxl } from "../../support/openpyxl";

// A province's script (openpyxl) writes X01's target of new members as =120*1.1 and a scoring rule's
// points as =10+5: openpyxl saves a formula without its result. Read as a blank, the target was the
// default and the points a rule refused, without a word for the target. Now each such cell is an error
// naming its sheet and cell; the same workbook saved by LibreOffice, which computes and keeps the
// results, reads them (132 new members, 15 points).

jest.setTimeout(120_000);

const TARGETS = "Chỉ tiêu giao";
const SCORING = "Bảng chấm điểm";
const units = ["P01", "X01"].map((code) => ({ code, name: `Công đoàn ${code}` }));

let scripted: Uint8Array;
let places: { target: string; points: string };

/** The address of the cell of `sheet` at the row holding `row` and the column holding `column`. */
function cellAt(grid: WorkbookGrid, sheet: string, row: string | number, column: string): string {
  const cells = [...grid.sheets.find((s) => s.name === sheet)!.cells];
  const find = (value: string | number) => fromA1(cells.find(([, c]) => c.value?.value === value)![0])!;
  return toA1(find(row).row, find(column).col);
}

beforeAll(async () => {
  const written = await writeWorkbookPlan(layoutCampaign(defaultCampaign(2025, units)));
  const grid = readWorkbookGrid(written, "ke-hoach.xlsx");
  places = {
    // The target's key is written above its name.
    target: cellAt(grid, TARGETS, "X01", "B02_members_admitted"),
    // The first rule's points, 15, under Điểm.
    points: cellAt(grid, SCORING, 15, "Điểm"),
  };
  scripted = setWithOpenpyxl(written, [
    [TARGETS, places.target, "=120*1.1"],
    [SCORING, places.points, "=10+5"],
  ]);
});

const errors = (grid: WorkbookGrid) =>
  [readCampaignGrid, checkCampaignGrid].map((check) =>
    check(grid)
      .findings.filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.sheet, f.cell]),
  );

describe("a campaign cell holding a formula saved without its result", () => {
  it("is an error naming its sheet and cell, not a blank", () => {
    const unsaved = [
      ["campaign.formula_not_saved", TARGETS, places.target],
      ["campaign.formula_not_saved", SCORING, places.points],
    ];
    const found = errors(readWorkbookGrid(scripted, "ke-hoach.xlsx"));
    expect(found.map((f) => [...f].sort())).toEqual([unsaved, unsaved].map((f) => [...f].sort()));
  });

  it.each(["xlsx", "ods", "xls"] as const)("is read where LibreOffice saved its result (.%s)", (ext) => {
    const grid = readWorkbookGrid(resaveWith(scripted, "xlsx", ext), `ke-hoach.${ext}`);
    expect(errors(grid)).toEqual([[], []]);
    const { campaign } = readCampaignGrid(grid);
    expect(campaign!.assigned.get("X01")).toEqual({ B02_members_admitted: 132 });
    expect(campaign!.scoring[0]).toEqual({
      target: "B01_nonstate_cla_rate",
      points: 15,
      method: "proportional",
    });
  });
});

// An officer leaves P01's target blank by a formula, =IF(…;"";…), as spreadsheets are kept: LibreOffice
// saves its result "" in an .ods as a formula cell with an empty paragraph and no value type, which was
// read as a formula saved without its result, and the honest campaign refused. An .xls LibreOffice saves
// holds 0 as the cell's result, which LibreOffice and Excel compute again on opening: it was read as a
// target of 0 where both show a blank.
describe("a campaign cell whose formula gives an empty text", () => {
  it.each(["xlsx", "ods", "xls"] as const)(
    "is a blank cell where LibreOffice saved it (.%s)",
    async (ext) => {
      const written = await writeWorkbookPlan(layoutCampaign(defaultCampaign(2025, units)));
      const at = cellAt(readWorkbookGrid(written, "ke-hoach.xlsx"), TARGETS, "P01", "B02_members_admitted");
      const blanked = setWithOpenpyxl(written, [[TARGETS, at, '=IF(1=1,"",5)']]);
      const grid = readWorkbookGrid(resaveWith(blanked, "xlsx", ext), `ke-hoach.${ext}`);
      expect(errors(grid)).toEqual([[], []]);
      expect(readCampaignGrid(grid).campaign!.assigned.get("P01")).toBeUndefined();
    },
  );
});
