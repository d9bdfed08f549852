import { defaultCampaign, layoutCampaign, UNIT_KINDS } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { CampaignExists } from "../../src/host/report-exists";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { snapshot } from "./fakes/fake-state";
import { summaryPlan } from "./fakes/plans";
import { reportPlan } from "../support/reports";
import { keptSheets, sheetsInUse } from "./support/kept";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

describe("inserting the campaign workbook's sheets", () => {
  it("makes each of its tables an Excel table under its name, in four syncs (one to find a campaign there)", async () => {
    const plan = layoutCampaign(
      defaultCampaign(2025, [{ code: "P01", name: "Công đoàn P01", bloc: "Cụm 1" }]),
    );
    const { syncs } = await excel.count(() => createExcelHost().insertReport(plan, "ke-hoach.xlsx"));
    expect(syncs).toBe(4);
    const tables = excel.book.sheets.flatMap((s) =>
      s.tables.map((t) => [s.name, t.name, t.address, t.hasHeaders]),
    );
    expect(tables).toEqual([
      ["Kỳ báo cáo", "TD_Periods", "A4:E7", true],
      ["Kỳ báo cáo", "TD_Deadlines", "G4:J5", true],
      ["Đơn vị", "TD_Units", "A4:I5", true],
      ["Đơn vị tổng hợp", "TD_Parent", "A4:C5", true],
      ["Chỉ tiêu giao", "TD_Targets", "A4:J6", true],
      ["Bảng chấm điểm", "TD_Scoring", "A4:D12", true],
      ["Bảng chấm điểm", "TD_Grades", "F4:G9", true],
      ["Khen thưởng", "TD_Awards", "A4:I5", true],
      ["Chỉ tiêu riêng", "TD_Indicators", "A4:I5", true],
      ["Chia dòng", "TD_Rows", "A4:E5", true],
    ]);
  });
});

describe("the campaign's drop-downs in Excel", () => {
  it("offers the kinds and methods from the guide sheet's lists, refusing others, and blocs with a warning", async () => {
    const plan = layoutCampaign(
      defaultCampaign(2025, [
        { code: "P01", name: "Công đoàn P01", bloc: "Cụm 1", parentCode: "LDLD_DN" },
        { code: "P02", name: "Công đoàn P02", bloc: "Cụm 2", parentCode: "LDLD_DN" },
      ]),
    );
    await createExcelHost().insertReport(plan, "ke-hoach.xlsx");
    expect(excel.book.sheets.map((s) => s.name)).toContain("Hướng dẫn");
    const units = excel.book.sheet("Đơn vị");
    const kind = units.cells.get("C6")!.validation!;
    expect(kind.rule).toEqual({ list: { inCellDropDown: true, source: "='Hướng dẫn'!$A$27:$A$32" } });
    expect(kind.errorAlert).toMatchObject({ style: "Stop" });
    expect(units.cells.get("E5")!.validation!.errorAlert).toMatchObject({ style: "Warning" });
    const guide = excel.book.sheet("Hướng dẫn");
    const listed = (col: string, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => guide.cells.get(`${col}${from + i}`)?.value);
    expect(listed("A", 27, 32)).toEqual(UNIT_KINDS.map((k) => k.label.vi));
    const scoring = excel.book.sheet("Bảng chấm điểm").cells.get("C5")!.validation!;
    expect(scoring.rule).toEqual({ list: { inCellDropDown: true, source: "='Hướng dẫn'!$B$27:$B$31" } });
    expect(listed("B", 27, 31)).toEqual([
      "Đạt / Chưa đạt",
      "Theo tỷ lệ hoàn thành",
      "Có điểm thưởng",
      "Điểm trừ / ngày trễ",
      "Điểm trừ / lần nộp lại",
    ]);
  });
});

/** Every list source of the workbook's drop-downs, as "Sheet!Cell: source", once per rule and sheet. */
function listSources(excel: FakeExcel): string[] {
  const out = new Set<string>();
  // What the last write kept for an undo is out of use, its lists too.
  const kept = keptSheets(excel.book);
  for (const sheet of excel.book.sheets.filter((s) => !kept.has(s.name)))
    for (const cell of sheet.cells.values()) {
      const source = cell.validation?.rule?.list?.source;
      if (source) out.add(`${sheet.name}: ${source}`);
    }
  return [...out];
}

/** The sheets a list's source reads (a range of the guide, or the targets' OFFSET over one), each once. */
const sheetsNamed = (source: string) => [...new Set(source.split(": =")[1]!.match(/'[^']+'!/g))];

describe("the campaign's drop-downs read its own guide sheet, whatever the workbook holds", () => {
  const plan = (year: number) => layoutCampaign(defaultCampaign(year));
  const insert = (year: number, replace = false) =>
    createExcelHost().insertReport(plan(year), "ke-hoach.xlsx", { replace });

  it("beside a user's sheet already called Hướng dẫn: the lists read the campaign's guide, Hướng dẫn (2)", async () => {
    excel.book.addSheet("Hướng dẫn").set({ A1: "ghi chú của tôi" });
    const { sheets } = await insert(2025);
    expect(sheets).toContain("Hướng dẫn (2)");
    const sources = listSources(excel);
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(sheetsNamed(source)).toEqual(["'Hướng dẫn (2)'!"]);
  });

  it("after a campaign is replaced: the lists read the new guide, none #REF!", async () => {
    await insert(2025);
    await insert(2026, true);
    const sources = listSources(excel);
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(sheetsNamed(source)).toEqual(["'Hướng dẫn'!"]);
    const guide = excel.book.sheet("Hướng dẫn");
    expect([...guide.cells.values()].some((c) => c.value === UNIT_KINDS[0]!.label.vi)).toBe(true);
  });

  it("writes no conditional format naming another sheet, in a campaign, a template or a summary", async () => {
    await insert(2025);
    await createExcelHost().insertReport(reportPlan(), "bieu-mau.xlsx");
    await createExcelHost().writeSummary({ kind: "plan", plan: summaryPlan(2) }, "tong-hop.xlsx");
    const formulas = excel.book.sheets.flatMap((s) =>
      s.conditionalFormats.flatMap((cf) => [
        cf.formula,
        cf.formulaR1C1,
        cf.rule?.formula1,
        cf.rule?.formula2,
      ]),
    );
    expect(formulas.filter((f) => f !== undefined).length).toBeGreaterThan(0);
    expect(formulas.filter((f) => f?.includes("!"))).toEqual([]);
  });
});

describe("a second campaign into the same workbook", () => {
  const plan = (year: number) => layoutCampaign(defaultCampaign(year));
  const insert = (year: number, replace?: boolean) =>
    createExcelHost().insertReport(plan(year), "ke-hoach.xlsx", replace ? { replace } : {});
  const tables = () =>
    excel.book.sheets
      .filter((s) => !keptSheets(excel.book).has(s.name))
      .flatMap((s) => s.tables.map((t) => `${s.name}:${t.name}:${t.address}`))
      .sort();

  it("asks first, naming the sheets of the campaign there, and changes nothing", async () => {
    await insert(2025);
    const before = snapshot(excel.book);
    const refused = await insert(2026).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CampaignExists);
    expect((refused as CampaignExists).text.vi).toBe(
      "Tệp Excel này đã có một kế hoạch thi đua (trang tính Hướng dẫn, Kỳ báo cáo, Đơn vị, Đơn vị tổng hợp, Chỉ tiêu giao, Bảng chấm điểm, Khen thưởng, Chỉ tiêu riêng, Chia dòng).",
    );
    expect(snapshot(excel.book)).toEqual(before);
  });

  it("replaces the first when told, its guide too, with the same sheet and table names", async () => {
    await insert(2025);
    const first = tables();
    await insert(2026, true);
    expect(sheetsInUse(excel.book)).toEqual([
      "Sheet1",
      "Hướng dẫn",
      "Kỳ báo cáo",
      "Đơn vị",
      "Đơn vị tổng hợp",
      "Chỉ tiêu giao",
      "Bảng chấm điểm",
      "Khen thưởng",
      "Chỉ tiêu riêng",
      "Chia dòng",
    ]);
    expect(tables()).toEqual(first);
    const periods = excel.book.sheet("Kỳ báo cáo");
    expect([...periods.cells.values()].some((c) => c.value === "2026-D1")).toBe(true);
  });

  it("goes beside a report the workbook holds, replacing nothing", async () => {
    await createExcelHost().insertReport(reportPlan(["B01"]), "bieu-mau.xlsx");
    await insert(2025);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Biểu 01", "Kỳ báo cáo"]));
  });

  it("puts each table on its own sheet whatever sheet is active", async () => {
    excel.book.addSheet("Của tôi");
    excel.book.active = "Của tôi";
    await insert(2025);
    expect(excel.book.sheet("Của tôi").tables).toEqual([]);
    expect(tables()).toHaveLength(10);
  });
});
