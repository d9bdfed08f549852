import { defaultCampaign, layoutCampaign, type WorkbookPlan } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { namesSheet } from "../../src/excel/dependent-formulas";
import { ReferencesWouldBreak } from "../../src/host/references-break";
import type { InsertOptions, WriteOptions } from "../../src/host/workbook-host";
import { installFakeExcel, RESPONSE_LIMIT, type FakeExcel } from "./fakes/fake-excel";
import { snapshot } from "./fakes/fake-state";
import { summaryPlan } from "./fakes/plans";
import { reportPlan } from "../support/reports";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const write = (plan: WorkbookPlan, options?: WriteOptions) =>
  createExcelHost().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx", options);

describe("a formula's references to a sheet", () => {
  it.each([
    ["='Tổng hợp'!C5*2", true],
    ["=SUM('tổng hợp'!C5:C9)", true],
    ["='Tổng hợp (2)'!C5", false],
    ["=Sheet2!A1+1", false],
    ['="Tổng hợp!A1"', false],
  ])("%s names Tổng hợp: %s", (formula, names) => {
    expect(namesSheet(formula, ["Tổng hợp"])).toBe(names);
  });

  it("reads plain and quoted names as Excel writes them, and never the tail of a longer name", () => {
    expect(namesSheet("=Data!A1", ["Data"])).toBe(true);
    expect(namesSheet("=MyData!A1", ["Data"])).toBe(false);
    expect(namesSheet("='O''Brien'!A1", ["O'Brien"])).toBe(true);
  });
});

describe("a new summary over one the user's own formulas point at", () => {
  it("says which formulas and names would break, and changes nothing unless told to go on", async () => {
    await write(summaryPlan(3));
    const mine = excel.book.addSheet("Của tôi").set({
      A1: { formula: "'Tổng hợp'!C5", value: 3 },
      B2: { formula: "SUM(A1:A3)", value: 3 },
      C3: 7,
    });
    const total = excel.book.sheet("Tổng hợp");
    excel.book.names.push({
      name: "TONG_CUA_TOI",
      target: { sheet: total, rect: { top: 4, left: 2, bottom: 4, right: 2 } },
    });
    const before = snapshot(excel.book);

    const refused = await write(summaryPlan(4)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReferencesWouldBreak);
    const broken = (refused as ReferencesWouldBreak).broken;
    expect(broken.places).toEqual(["Của tôi!A1", "TONG_CUA_TOI"]);
    expect(broken.sheets).toContain("Tổng hợp");
    expect((refused as ReferencesWouldBreak).text.vi).toMatch(
      /2 công thức hoặc tên .* #REF!: Của tôi!A1, TONG_CUA_TOI/,
    );
    expect(snapshot(excel.book)).toEqual(before);

    await write(summaryPlan(4), { breakReferences: true });
    expect(mine.cells.get("A1")!.formula).toContain("#REF!");
    expect(mine.cells.get("C3")!.value).toBe(7);
  });

  it("goes ahead without asking when no formula of the user's points at the summary", async () => {
    await write(summaryPlan(3));
    excel.book.addSheet("Của tôi").set({ A1: { formula: "Sheet1!A1", value: 0 } });
    await expect(write(summaryPlan(4))).resolves.toBeUndefined();
  });
});

describe("everything of the user's that can point at a replaced sheet is looked at", () => {
  /** The previous summary, and the user's sheet beside it. */
  async function summaryBeside(): Promise<void> {
    await write(summaryPlan(3));
    excel.book.addSheet("Của tôi").set({ A1: 1 });
  }
  const refusal = async (plan = summaryPlan(4)) => {
    const refused = await write(plan).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReferencesWouldBreak);
    return refused as ReferencesWouldBreak;
  };
  const vi = (places: readonly (string | { vi: string })[]) =>
    places.map((p) => (typeof p === "string" ? p : p.vi));

  it("a sheet's own name, a drop-down list's source and a conditional format's formula", async () => {
    await summaryBeside();
    const mine = excel.book.sheet("Của tôi");
    const total = excel.book.sheet("Tổng hợp");
    excel.book.names.push({
      name: "CUA_TOI",
      scope: mine,
      target: { sheet: total, rect: { top: 4, left: 2, bottom: 4, right: 2 } },
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Của tôi");
      sheet.getRanges("B2:B9").dataValidation.rule = {
        list: { inCellDropDown: true, source: "='Tổng hợp'!$B$5:$B$7" },
      };
      sheet.getRanges("C2:C9").dataValidation.rule = {
        wholeNumber: { formula1: 0, formula2: 9, operator: "Between" },
      };
      sheet.getRanges("D2:D4").conditionalFormats.add("Custom").custom.rule.formula = "=D2>'Tổng hợp'!$C$5";
      await context.sync();
    });
    const before = snapshot(excel.book);
    const { broken, text } = await refusal();
    expect(vi(broken.places)).toEqual([
      "Của tôi!CUA_TOI",
      "Của tôi!B2:B9 (danh sách thả xuống)",
      "Của tôi!D2:D4 (định dạng có điều kiện)",
    ]);
    expect(text.en).toContain("Của tôi!B2:B9 (drop-down list)");
    expect(snapshot(excel.book)).toEqual(before);
  });

  it("a list whose cells hold different rules side by side is read rule by rule", async () => {
    await summaryBeside();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Của tôi");
      sheet.getRanges("B2:B5").dataValidation.rule = { list: { inCellDropDown: true, source: "=$A$1:$A$3" } };
      sheet.getRanges("C2:C5").dataValidation.rule = {
        list: { inCellDropDown: true, source: "='Tổng hợp'!$B$5:$B$7" },
      };
      await context.sync();
    });
    expect(vi((await refusal()).broken.places)).toEqual(["Của tôi!C2:C5 (danh sách thả xuống)"]);
  });

  it("a chart's series and a PivotTable's source, where Excel can say them (ExcelApi 1.15)", async () => {
    await summaryBeside();
    excel.supportedApi = "1.15";
    excel.book.sheet("Của tôi").charts.push({
      type: "ColumnClustered",
      series: [{ name: "Điểm", values: "'Tổng hợp'!C5:C7", categories: "'Tổng hợp'!B5:B7" }],
    });
    excel.book.sheet("Của tôi").pivots.push({ name: "Bảng xoay", source: "'Tổng hợp'!$A$4:$F$7" });
    const { broken } = await refusal();
    expect(vi(broken.places)).toEqual(["Của tôi: biểu đồ Chart 1", "Của tôi: PivotTable Bảng xoay"]);
    expect(broken.unread).toEqual([]);
  });

  it("says charts and PivotTables are unchecked where Excel cannot say what they read", async () => {
    await summaryBeside();
    excel.book.sheet("Của tôi").set({ B1: { formula: "'Tổng hợp'!C5", value: 1 } });
    excel.book
      .sheet("Của tôi")
      .charts.push({ type: "ColumnClustered", series: [{ values: "'Tổng hợp'!C5:C7" }] });
    excel.book.sheet("Của tôi").pivots.push({ name: "PT", source: "'Tổng hợp'!$A$4:$F$7" });
    const { broken, text } = await refusal();
    expect(broken.places).toEqual(["Của tôi!B1"]);
    expect(text.vi).toMatch(
      /Chưa kiểm tra được: biểu đồ ở trang tính Của tôi \(.*ExcelApi 1\.15.*\), PivotTable ở trang tính Của tôi/,
    );
    expect(text.en).toMatch(/Not checked: the charts on Của tôi .*, the PivotTables on Của tôi/);
  });

  it("reads a large sheet in answers Excel on the web takes (under 5 MB each), to its last row", async () => {
    await summaryBeside();
    const long = "x".repeat(200);
    const cells = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`A${i + 1}`, long]));
    excel.book.sheet("Của tôi").set({ ...cells, B40000: { formula: "'Tổng hợp'!C5", value: 1 } });
    excel.responses = [];
    const { broken } = await refusal();
    expect(broken.places).toEqual(["Của tôi!B40000"]);
    expect(Math.max(...excel.responses)).toBeLessThanOrEqual(RESPONSE_LIMIT);
  });
});

describe("a report or a campaign replaced over what the user's sheets point at", () => {
  const insert = (plan: WorkbookPlan, options: InsertOptions = {}) =>
    createExcelHost().insertReport(plan, "bieu-mau.xlsx", { replace: true, ...options });

  it("Thay báo cáo cũ: refused, naming the cell, until breaking them is accepted", async () => {
    await insert(reportPlan(["B01"]));
    excel.book.addSheet("Của tôi").set({ A1: { formula: "'Biểu 01'!E9", value: 0 } });
    const before = snapshot(excel.book);
    const refused = await insert(reportPlan(["B01"], "CD_P02")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReferencesWouldBreak);
    expect((refused as ReferencesWouldBreak).text.vi).toMatch(
      /^Báo cáo mới sẽ thay các trang của báo cáo cũ \(Biểu 01, Kiểm tra\); 1 chỗ .*: Của tôi!A1\.$/,
    );
    expect(snapshot(excel.book)).toEqual(before);
    await insert(reportPlan(["B01"], "CD_P02"), { breakReferences: true });
    // The user's formula no longer reads the report there (#REF!, or the old sheet wherever it went).
    expect(excel.book.sheet("Của tôi").content("A1")).not.toBe("='Biểu 01'!E9");
  });

  it("a campaign: refused, naming the user's list that reads its guide", async () => {
    const campaign = (year: number) => layoutCampaign(defaultCampaign(year));
    await insert(campaign(2025));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRanges("A1:A9").dataValidation.rule = {
        list: { inCellDropDown: true, source: "='Hướng dẫn'!$A$25:$A$30" },
      };
      await context.sync();
    });
    const refused = await insert(campaign(2026)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReferencesWouldBreak);
    expect((refused as ReferencesWouldBreak).text.en).toMatch(
      /^The new campaign replaces the sheets of the previous one \(Hướng dẫn, .*\(1\) .*: Sheet1!A1:A9 \(drop-down list\)\.$/,
    );
  });
});
