import { defaultCampaign, layoutCampaign } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

describe("inserting the campaign workbook's sheets", () => {
  it("makes each of its tables an Excel table under its name, in the same three syncs", async () => {
    const plan = layoutCampaign(
      defaultCampaign(2025, [{ code: "P01", name: "Công đoàn P01", bloc: "Cụm 1" }]),
    );
    const { syncs } = await excel.count(() => createExcelHost().insertReport(plan, "ke-hoach.xlsx"));
    expect(syncs).toBe(3);
    const tables = excel.book.sheets.flatMap((s) =>
      s.tables.map((t) => [s.name, t.name, t.address, t.hasHeaders]),
    );
    expect(tables).toEqual([
      ["Kỳ báo cáo", "TD_Periods", "A4:E7", true],
      ["Đơn vị", "TD_Units", "A4:G5", true],
      ["Chỉ tiêu giao", "TD_Targets", "A4:I6", true],
      ["Bảng chấm điểm", "TD_Scoring", "A4:D12", true],
      ["Bảng chấm điểm", "TD_Grades", "F4:G9", true],
    ]);
  });
});
