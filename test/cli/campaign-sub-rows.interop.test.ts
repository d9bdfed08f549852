import path from "node:path";
import { formCells, formDef } from "../../src/core";
import { appendTableRows } from "../support/openpyxl";
import { initOneUnitCampaign, unitTemplate } from "./one-unit-campaign";
import { runCli, tempDir } from "./run-cli";

// A province splits Biểu 03's union funding by sector in the campaign workbook `campaign init` wrote, with
// another program (openpyxl), in the TD_Rows table that workbook already has, and gives the business
// sector's collection a target through two linked rows and their ratio; its templates then carry the split.

const SPLIT = [
  ["Biểu 03", "Kinh phí công đoàn (2%)", "sxkd", "Khu vực sản xuất kinh doanh", null],
  ["Biểu 03", "Kinh phí công đoàn (2%)", "khac", "Khu vực khác", "Other sectors"],
];
const LINKS = [
  [
    "sxkd_budget",
    "Dự toán KPCĐ khu vực SXKD",
    "Business budget",
    "Số của biểu",
    null,
    null,
    null,
    null,
    "B03_union_funding_sxkd_budget",
  ],
  [
    "sxkd_collected",
    "Thu KPCĐ khu vực SXKD",
    "Business collected",
    "Số của biểu",
    null,
    null,
    null,
    null,
    "B03_union_funding_sxkd_collected",
  ],
  [
    "sxkd_rate",
    "Thu KPCĐ khu vực SXKD đạt dự toán",
    "Business rate",
    "Tỷ lệ",
    "sxkd_collected",
    "sxkd_budget",
    null,
    null,
    null,
  ],
];

describe("rows split in the campaign workbook `campaign init` wrote", () => {
  const dir = tempDir("sub-rows");
  const campaign = path.join(dir, "ke-hoach.xlsx");

  beforeAll(() => initOneUnitCampaign(dir, campaign));

  it("an empty TD_Rows keeps Biểu 03; two rows typed into it split it, a linked ratio reads the sector", async () => {
    const before = await unitTemplate(campaign, path.join(dir, "truoc"));
    expect(before.report.subRows).toBeUndefined();
    expect(before.grid.names.map((n) => n.name)).not.toContain("TD_B03_union_funding_sxkd_collected");

    appendTableRows(campaign, "TD_Rows", SPLIT);
    appendTableRows(campaign, "TD_Indicators", LINKS);
    expect(await runCli(["campaign", "check", campaign])).toMatchObject({ code: 0 });

    const after = await unitTemplate(campaign, path.join(dir, "sau"));
    expect(after.report.subRows!.map((s) => [s.parent, s.key, s.name.en])).toEqual([
      ["union_funding", "union_funding_sxkd", "Khu vực sản xuất kinh doanh"],
      ["union_funding", "union_funding_khac", "Other sectors"],
    ]);
    const names = after.grid.names.map((n) => n.name);
    const split = formCells(formDef("B03", [], after.report.subRows)).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(split));
    expect(split).toContain("TD_B03_union_funding_khac_collected");
    expect(after.report.indicators!.map((i) => [i.code, i.source?.row ?? ""])).toEqual([
      ["sxkd_budget", "union_funding_sxkd"],
      ["sxkd_collected", "union_funding_sxkd"],
      ["sxkd_rate", ""],
    ]);
  });

  it("refuses a row split once, naming the sheet and cell", async () => {
    const once = path.join(dir, "mot-dong.xlsx");
    const init = await runCli(["campaign", "init", "--year", "2025", "-o", once]);
    expect(init).toMatchObject({ code: 0 });
    appendTableRows(once, "TD_Rows", [["Biểu 03", "Đoàn phí công đoàn", "sxkd", "Khu vực SXKD", null]]);
    const checked = await runCli(["campaign", "check", once]);
    expect(checked.code).not.toBe(0);
    expect(checked.out + checked.err).toContain("Chia dòng");
    expect(checked.out + checked.err).toContain("B5");
  });
});
