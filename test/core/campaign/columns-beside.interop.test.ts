import { defaultCampaign, layoutCampaign, readCampaignGrid, toA1 } from "../../../src/core";
import { fromA1 } from "../../../src/core/grid/a1";
import { readWorkbookGrid, writeWorkbookPlan } from "../../../src/xlsx";
import { resaveWith } from "../../support/libreoffice";
import { setWithOpenpyxl } from "../../support/openpyxl";

// Columns an officer types beside a campaign table: "Số lần nộp lại" right of the units table, as the
// workbook's guide invites, and "Ghi chú" right of the targets table. Excel takes such a column into its
// table; LibreOffice and openpyxl leave the table's range as it was, and the .xlsx ignored the corrections
// (a penalty for two left out without a word) where the same workbook's .ods read them, while a notes column
// refused the .ods as an unknown target (an officer's round, 02/12/2026).

jest.setTimeout(120_000);

const units = ["P01", "X01"].map((code) => ({ code, name: `Công đoàn ${code}` }));

let typed: Uint8Array;

beforeAll(async () => {
  const bytes = await writeWorkbookPlan(layoutCampaign(defaultCampaign(2025, units)));
  const grid = readWorkbookGrid(bytes, "ke-hoach.xlsx");
  const beside = (name: string, heading: string, values: Record<string, number | string>) => {
    const table = grid.tables!.find((t) => t.name === name)!;
    const sheet = grid.sheets.find((s) => s.name === table.sheet)!;
    const last = fromA1(table.header[table.header.length - 1]!.address)!;
    const col = last.col + 1;
    return [
      [table.sheet, toA1(last.row, col), heading] as const,
      ...Object.entries(values).map(([code, value]) => {
        const at = [...sheet.cells].find(([, cell]) => cell.value?.value === code)!;
        return [table.sheet, toA1(fromA1(at[0])!.row, col), value] as const;
      }),
    ];
  };
  typed = setWithOpenpyxl(bytes, [
    ...beside("TD_Units", "Số lần nộp lại", { P01: 2 }),
    ...beside("TD_Targets", "Ghi chú", { X01: "đơn vị mới" }),
  ]);
});

describe("columns typed beside a campaign's tables", () => {
  it.each(["xlsx", "ods", "xls"] as const)("are read alike in every format (.%s)", (ext) => {
    const file = ext === "xlsx" ? typed : resaveWith(typed, "xlsx", ext);
    const { campaign, findings } = readCampaignGrid(readWorkbookGrid(file, `ke-hoach.${ext}`));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(campaign!.units.map((u) => [u.code, u.corrections ?? 0])).toEqual([
      ["P01", 2],
      ["X01", 0],
    ]);
  });
});
