import { defaultCampaign, layoutCampaign, readCampaignGrid, toA1 } from "../../../src/core";
import { fromA1 } from "../../../src/core/grid/a1";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { setWithOpenpyxl } from "../../support/openpyxl";

// An officer empties X02's rows of the units and targets tables with the Delete key, rather than deleting the row. In
// an .ods or .xls (no Excel table to keep the rows together) the table ended at the blank row: X03 and
// K01 were dropped without a word, and K01's honest report refused as from a unit not listed, while
// LibreOffice showed both (an officer's round, 02/12/2026).

jest.setTimeout(120_000);

const CODES = ["P01", "X01", "X02", "X03", "K01"];
const units = CODES.map((code) => ({ code, name: `Công đoàn ${code}` }));

let emptied: Uint8Array;

beforeAll(async () => {
  const bytes = await writeWorkbookPlan(layoutCampaign(defaultCampaign(2025, units)));
  const grid = readWorkbookGrid(bytes, "ke-hoach.xlsx");
  const cleared = ["TD_Units", "TD_Targets"].flatMap((name) => {
    const table = grid.tables!.find((t) => t.name === name)!;
    const sheet = grid.sheets.find((s) => s.name === table.sheet)!;
    const at = [...sheet.cells].find(([, cell]) => cell.value?.value === "X02")!;
    const row = fromA1(at[0])!.row;
    return table.header.map((h) => [table.sheet, toA1(row, fromA1(h.address)!.col), null] as const);
  });
  emptied = setWithOpenpyxl(bytes, cleared);
});

describe("a campaign's unit row emptied with the Delete key", () => {
  it.each(["xlsx", "ods", "xls"] as const)("leaves every other unit listed (.%s)", (ext) => {
    const file = ext === "xlsx" ? emptied : resaveWith(emptied, "xlsx", ext);
    const { campaign, findings } = readCampaignGrid(readWorkbookGrid(file, `ke-hoach.${ext}`));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(campaign!.units.map((u) => u.code)).toEqual(["P01", "X01", "X03", "K01"]);
  });
});
