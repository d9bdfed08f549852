import { defaultCampaign, layoutCampaign, readCampaignGrid, toA1 } from "../../../src/core";
import { checkCampaignGrid } from "../../../src/core/campaign/plan-warnings";
import { fromA1 } from "../../../src/core/grid/a1";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { setWithOpenpyxl } from "../../support/openpyxl";

// An officer retypes the second heading of Chỉ tiêu giao ("Mã kỳ" as "Tên đơn vị", to show the units'
// names there). In an .ods or .xls, found by its header, the targets table was then not found at all and
// the campaign's defaults took every unit's own target, the check saying ✓ (an officer's round: N01
// scored 39.4 for 88.53). Now the sheet that holds the table and no header it can be read by is an error.

jest.setTimeout(120_000);

const units = ["P01", "X01"].map((code) => ({ code, name: `Công đoàn ${code}` }));

let written: Uint8Array;
let retyped: Uint8Array;

beforeAll(async () => {
  written = await writeWorkbookPlan(layoutCampaign(defaultCampaign(2025, units)));
  const grid = readWorkbookGrid(written, "ke-hoach.xlsx");
  const table = grid.tables!.find((t) => t.name === "TD_Targets")!;
  const period = fromA1(table.header[1]!.address)!;
  retyped = setWithOpenpyxl(written, [[table.sheet, toA1(period.row, period.col), "Tên đơn vị"]]);
});

const errors = (bytes: Uint8Array, ext: string) =>
  [readCampaignGrid, checkCampaignGrid].map((check) =>
    check(readWorkbookGrid(bytes, `ke-hoach.${ext}`))
      .findings.filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.sheet]),
  );

describe("a campaign's targets table whose header was retyped", () => {
  it.each(["ods", "xls"] as const)("is an error, not the defaults (.%s)", (ext) => {
    const unread = [["campaign.table_unread", "Chỉ tiêu giao"]];
    expect(errors(resaveWith(retyped, "xlsx", ext), ext)).toEqual([unread, unread]);
  });

  it.each(["ods", "xls"] as const)("is read as written where the header is intact (.%s)", (ext) => {
    expect(errors(resaveWith(written, "xlsx", ext), ext)).toEqual([[], []]);
  });
});
