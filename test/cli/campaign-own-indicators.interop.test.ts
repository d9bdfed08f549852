import path from "node:path";
import { appendTableRows } from "../support/openpyxl";
import { initOneUnitCampaign, unitTemplate } from "./one-unit-campaign";
import { runCli, tempDir } from "./run-cli";

// A province adds its own indicators to the campaign workbook `campaign init` wrote, with another program
// (openpyxl), into the TD_Indicators table that workbook already has; its templates then carry Biểu 05.

const ROWS = [
  ["courses", "Số lớp tập huấn", "Training courses", "Số phát sinh trong kỳ", null, null, "lớp", "Có"],
  ["clubs", "Số câu lạc bộ công nhân", null, "Số tại thời điểm", null, null, null, "Không"],
];

describe("own indicators added to the campaign workbook `campaign init` wrote", () => {
  const dir = tempDir("own-indicators");
  const campaign = path.join(dir, "ke-hoach.xlsx");

  beforeAll(() => initOneUnitCampaign(dir, campaign));

  it("an empty TD_Indicators table adds no Biểu 05; two rows typed into it add a Biểu 05 with both inputs", async () => {
    const before = await unitTemplate(campaign, path.join(dir, "truoc"));
    expect(before.grid.sheets.map((s) => s.name)).not.toContain("Biểu 05");
    expect(before.report.templates).toEqual(["B01", "B02", "B03", "B04"]);

    appendTableRows(campaign, "TD_Indicators", ROWS);
    expect(await runCli(["campaign", "check", campaign])).toMatchObject({ code: 0 });

    const after = await unitTemplate(campaign, path.join(dir, "sau"));
    expect(after.report.templates).toEqual(["B01", "B02", "B03", "B04", "B05"]);
    expect(after.grid.sheets.map((s) => s.name)).toContain("Biểu 05");
    expect(after.report.indicators!.map((i) => [i.code, i.kind, i.required])).toEqual([
      ["courses", "flow", true],
      ["clubs", "stock", false],
    ]);
    const names = after.grid.names.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(["TD_B05_courses_value", "TD_B05_clubs_value"]));
  });
});
