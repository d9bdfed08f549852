import { META_SHEET, quoteSheet, STYLES, toA1, type WorkbookPlan } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { STRUCTURE_PROTECTED } from "../../src/excel/protection";
import { recordedNames, recordFormula, SUMMARY_RECORD } from "../../src/excel/summary-record";
import { HostError } from "../../src/host/workbook-host";
import { excelFailure } from "./fakes/excel-error";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { snapshot } from "./fakes/fake-state";
import { summaryPlan } from "./fakes/plans";
import { reportPlan } from "../support/reports";
import { WORDS } from "../../src/core/vocabulary";
import { keptSheets, namesInUse, sheetsInUse } from "./support/kept";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const write = (plan: WorkbookPlan) =>
  excel.count(() => createExcelHost().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx"));

/** A summary holds its parent-level report, which an insert replaces only when asked. */
const insert = (plan: WorkbookPlan) =>
  createExcelHost().insertReport(plan, "bieu-mau.xlsx", { replace: true });

/** The sheets the summary record lists. */
const recorded = () => {
  const record = excel.book.names.find((n) => n.name === SUMMARY_RECORD);
  return record ? recordedNames(excel.book.nameFormula(record)) : [];
};

describe("writing a summary into the open workbook", () => {
  it("builds every sheet, names the parent report's cells and draws the attainment chart", async () => {
    const plan = summaryPlan(3);
    const { syncs, runs } = await write(plan);
    expect([runs, syncs]).toEqual([1, 3]);
    expect(sheetsInUse(excel.book)).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
    expect(excel.book.sheet(META_SHEET).visibility).toBe("VeryHidden");
    for (const n of plan.names)
      expect(excel.book.nameTargets().get(n.name)).toBe(`${quoteSheet(n.sheet)}!${toA1(n.row, n.col)}`);
    const [overview, drawn] = plan.sheets;
    expect(overview!.charts).toBeUndefined();
    const chart = drawn!.charts![0]!;
    expect(excel.book.sheet(drawn!.name).charts).toEqual([
      {
        type: "BarClustered",
        seriesBy: "Columns",
        title: `${chart.title.vi} / ${chart.title.en}`,
        // Built under a temporary name, the series follow the sheet to its own.
        series: [
          {
            name: chart.seriesName,
            values: `${quoteSheet(drawn!.name)}!${toA1(chart.values.top, chart.values.left)}:${toA1(chart.values.bottom, chart.values.right)}`,
            categories: `${quoteSheet(drawn!.name)}!${toA1(chart.categories.top, chart.categories.left)}:${toA1(chart.categories.bottom, chart.categories.right)}`,
          },
        ],
        position: toA1(chart.anchor.row, chart.anchor.col),
        end: toA1(chart.anchor.row + chart.size.rows - 1, chart.anchor.col + chart.size.cols - 1),
        categoriesReversed: true,
      },
    ]);
    expect(excel.book.active).toBe(overview!.name);
    expect(sheetsInUse(excel.book).some((name) => name.startsWith("TD_TMP"))).toBe(false);
  });

  it("keeps unit codes and names as the text they are, even when Excel would read them otherwise", async () => {
    const plan = summaryPlan(3);
    const overview = plan.sheets[0]!;
    const odd = {
      ...overview,
      cells: overview.cells.map((c) => (c.value === "P01" ? { ...c, value: "007" } : c)),
    };
    await write({ ...plan, sheets: [odd, ...plan.sheets.slice(1)] });
    const sheet = excel.book.sheet(overview.name);
    const at = overview.cells.find((c) => c.value === "P01")!;
    expect(sheet.content(toA1(at.row, at.col))).toBe("007");
  });

  it("replaces the previous summary and its names, leaving the user's sheets alone", async () => {
    excel.book.sheet("Sheet1").set({ A1: "ghi chú" });
    await write(summaryPlan(3));
    // Look; what of the user's points at the summary (a survey, then Sheet1's cells); build, swap.
    const { syncs } = await write(summaryPlan(4));
    expect(syncs).toBe(5);
    expect(sheetsInUse(excel.book)).toEqual(["Sheet1", ...summaryPlan(4).sheets.map((s) => s.name)]);
    expect(excel.book.sheet("Sheet1").content("A1")).toBe("ghi chú");
    expect(namesInUse(excel.book).size).toBe(summaryPlan(4).names.length + 1);
    expect(recorded()).toEqual(summaryPlan(4).sheets.map((s) => s.name));
  });

  it("costs the same syncs for 3 units as for 30", async () => {
    const three = await write(summaryPlan(3));
    excel = installFakeExcel();
    const thirty = await write(summaryPlan(30));
    expect(three.syncs).toBe(thirty.syncs);
  });
});

describe("the open workbook's report, as the pane asks before writing a summary over it", () => {
  const readMeta = () => excel.count(() => createExcelHost().live!.readMeta());

  it("is read from the metadata sheet alone: the summary written, the report inserted, none", async () => {
    expect((await readMeta()).result).toBeNull();
    await write(summaryPlan(3));
    const summary = await readMeta();
    expect(summary.syncs).toBe(2);
    expect(summary.result?.unitCode).toBe("T01");
    expect(summary.result?.rollupUnits).toHaveLength(3);
    await insert(reportPlan());
    const { result } = await readMeta();
    expect(result?.rollupUnits).toBeUndefined();
    expect([result?.unitCode, result?.periodId]).toEqual(["CD_P01", "2025-D1"]);
  });
});

describe("a summary that fails while it is built", () => {
  it("deletes its temporary sheets and leaves the previous summary untouched", async () => {
    await write(summaryPlan(3));
    const before = snapshot(excel.book);
    // The build's request: after the look and the look at what of the user's points at the summary
    // (Sheet1 is empty: one request surveys it, and nothing more is read).
    excel.failOnSync = 3;
    const failing = excel.count(() =>
      createExcelHost().writeSummary({ kind: "plan", plan: summaryPlan(30) }, "tong-hop.xlsx"),
    );
    await expect(failing).rejects.toMatchObject(
      excelFailure(WORDS.officeErrors.general, "the fake sync failed"),
    );
    expect(snapshot(excel.book)).toEqual(before);
    expect(excel.syncs).toBe(5);
  });

  it("cleans up the same way when Excel refuses a command while the build is queued", async () => {
    await write(summaryPlan(3));
    const before = snapshot(excel.book);
    const plan = summaryPlan(3);
    const form = plan.sheets.find((s) => s.validations.length > 0)!;
    const tooLong = { ...form, validations: [{ ...form.validations[0]!, title: "x".repeat(40) }] };
    const broken = { ...plan, sheets: plan.sheets.map((s) => (s === form ? tooLong : s)) };
    await expect(write(broken)).rejects.toMatchObject(
      excelFailure(WORDS.officeErrors.invalidArgument, "error title over 32"),
    );
    expect(snapshot(excel.book)).toEqual(before);
  });
});

describe("a workbook with sheets of its own named like the summary's", () => {
  const summaryNames = summaryPlan(3).sheets.map((s) => s.name);

  it("keeps a user's sheet called Tổng hợp untouched; the summary goes to Tổng hợp (2)", async () => {
    const mine = excel.book.addSheet("Tổng hợp").set({ A1: "của tôi", B2: 7 });
    await write(summaryPlan(3));
    expect(excel.book.sheets.includes(mine)).toBe(true);
    expect([...mine.cells.keys()]).toEqual(["A1", "B2"]);
    expect(mine.content("A1")).toBe("của tôi");
    expect(excel.book.sheet("Tổng hợp (2)").cells.size).toBeGreaterThan(0);
    expect(excel.book.sheet("Biểu đồ").charts).toHaveLength(1);
    expect(recorded()).toEqual(["Tổng hợp (2)", ...summaryNames.slice(1)]);
    expect(excel.book.active).toBe("Tổng hợp (2)");
  });

  it("replaces the previous summary's sheets on a second run, and only those", async () => {
    const mine = excel.book.addSheet("Tổng hợp").set({ A1: "của tôi" });
    await insert(reportPlan(["B01"]));
    const unitsOwn = excel.book.sheet("Biểu 01");
    await write(summaryPlan(3));
    const first = sheetsInUse(excel.book);
    const firstSummary = recorded().map((name) => excel.book.sheet(name));

    // Look; what of the user's points at the summary: a survey, the cells and the validated areas of
    // the user's sheet and the report, then those areas' rules; build, swap.
    const { syncs } = await write(summaryPlan(4));
    expect(syncs).toBe(6);
    expect(sheetsInUse(excel.book)).toEqual(first);
    expect(excel.book.sheets.includes(mine)).toBe(true);
    expect(excel.book.sheets.includes(unitsOwn)).toBe(true);
    expect(unitsOwn.protection.protected).toBe(true);
    expect(recorded()).toContain("Biểu 01 (2)");
    // The first summary is kept for an undo, very hidden under names of its own, and only it.
    const kept = keptSheets(excel.book);
    expect(firstSummary.filter((old) => !kept.has(old.name)).map((s) => s.name)).toEqual([]);
    expect(firstSummary.every((old) => old.visibility === "VeryHidden")).toBe(true);
    expect(excel.book.nameTargets().get("TD_B01_state_cla_rate")).toBe("'Biểu 01 (2)'!E9");
  });

  it("never replaces a report later inserted under a name the last summary had", async () => {
    await write(summaryPlan(3));
    excel.book.sheets.splice(excel.book.sheets.indexOf(excel.book.sheet("Biểu 01")), 1);
    await insert(reportPlan(["B01"]));
    const inserted = excel.book.sheet("Biểu 01");
    expect(recorded()).not.toContain("Biểu 01");

    await write(summaryPlan(3));
    expect(excel.book.sheets.includes(inserted)).toBe(true);
    expect(excel.book.hasSheet("Biểu 01 (2)")).toBe(true);
  });
});

describe("the summary record", () => {
  it("is a text constant Excel accepts, however long the list, and reads back what was written", () => {
    const names = ['Tổng hợp "quý"', ...Array.from({ length: 12 }, (_, i) => `Trang tổng hợp số ${i} (2)`)];
    const formula = recordFormula(names);
    const texts = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(255);
    expect(recordedNames(formula)).toEqual(names);
    expect(recordedNames(recordFormula([]))).toEqual([]);
    expect(recordedNames("='Tổng hợp'!$A$1")).toEqual([]);
  });
});

describe("a workbook whose structure is protected", () => {
  it("stops before changing anything, in Vietnamese first, then English", async () => {
    await write(summaryPlan(3));
    excel.book.structureProtected = true;
    const before = snapshot(excel.book);
    const failing = write(summaryPlan(4));
    await expect(failing).rejects.toThrow(HostError);
    await expect(failing).rejects.toMatchObject({ text: STRUCTURE_PROTECTED });
    expect(STRUCTURE_PROTECTED.vi).toBe(
      "Tệp Excel đang được bảo vệ cấu trúc; hãy bỏ bảo vệ: Review → Protect Workbook (Xem lại → Bảo vệ Sổ làm việc), rồi thử lại.",
    );
    expect(excel.syncs).toBe(1);
    expect(snapshot(excel.book)).toEqual(before);
  });
});

describe("formats sized for large summaries", () => {
  it("colours verdicts by conditional formats on their value, the cells keeping bold and borders", async () => {
    const plan = summaryPlan(3);
    await write(plan);
    const overview = plan.sheets[0]!;
    const sheet = excel.book.sheet(overview.name);
    const verdict = overview.cells.find((c) => c.style === "notMet" || c.style === "met")!;
    const cell = sheet.cells.get(toA1(verdict.row, verdict.col))!;
    expect(cell.format).toMatchObject({
      bold: true,
      borders: expect.objectContaining({ EdgeTop: "Continuous" }),
    });
    expect(cell.format.fill).toBeUndefined();
    const rules = sheet.conditionalFormats.map((cf) => [cf.type, cf.rule?.formula1, cf.fill, cf.fontColor]);
    expect(rules).toEqual(
      expect.arrayContaining([
        ["CellValue", '="Đạt"', `#${STYLES.met.fill}`, `#${STYLES.met.color}`],
        ["CellValue", '="Chưa đạt"', `#${STYLES.notMet.fill}`, `#${STYLES.notMet.color}`],
      ]),
    );
    const covered = sheet.conditionalFormats[0]!.areas;
    expect(
      covered.some(
        (a) =>
          a.left <= verdict.col && verdict.col <= a.right && a.top <= verdict.row && verdict.row <= a.bottom,
      ),
    ).toBe(true);
  });

  it("writes number formats only where they differ from General", async () => {
    const plan = summaryPlan(3);
    await write(plan);
    const overview = plan.sheets[0]!;
    const sheet = excel.book.sheet(overview.name);
    const ratio = overview.cells.find((c) => c.numFmt === "0.0%")!;
    expect(sheet.cells.get(toA1(ratio.row, ratio.col))!.numberFormat).toBe("0.0%");
    const general = overview.cells.filter((c) => !c.numFmt);
    expect(general.length).toBeGreaterThan(0);
    for (const c of general) expect(sheet.cells.get(toA1(c.row, c.col))?.numberFormatWritten).toBeFalsy();
  });
});
