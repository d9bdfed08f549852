import { META_SHEET, NUMBER_FORMATS, quoteSheet, STYLES, toA1, type WorkbookPlan } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { SHEET_PROTECTION } from "../../src/excel/protection";
import { columnPoints } from "../../src/core/layout/page";
import { STRUCTURE_PROTECTED } from "../../src/excel/protection";
import { ReportExists } from "../../src/host/report-exists";
import { HostError } from "../../src/host/workbook-host";
import { excelFailure } from "./fakes/excel-error";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { snapshot } from "./fakes/fake-state";
import { reportPlan } from "../support/reports";
import { namesInUse, sheetsInUse } from "./support/kept";
import { WORDS } from "../../src/core/vocabulary";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const insert = (plan: WorkbookPlan, replace = false) =>
  excel.count(() => createExcelHost().insertReport(plan, "bieu-mau.xlsx", { replace }));

/** What the sheet shows as the plan meant it: formulas with "=", every text the same text, numbers. */
function expectedContent(cell: WorkbookPlan["sheets"][number]["cells"][number]) {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  return cell.value === null || cell.value === "" ? undefined : cell.value;
}

describe("inserting a report plan into the open workbook", () => {
  it("writes every cell of every sheet as planned, in one run and three syncs", async () => {
    const plan = reportPlan();
    const { result, syncs, runs } = await insert(plan);
    expect([runs, syncs]).toEqual([1, 3]);
    expect(result.sheets).toEqual(plan.sheets.map((s) => s.name));
    for (const sheetPlan of plan.sheets) {
      const sheet = excel.book.sheet(sheetPlan.name);
      for (const cell of sheetPlan.cells) {
        expect({ at: toA1(cell.row, cell.col), content: sheet.content(toA1(cell.row, cell.col)) }).toEqual({
          at: toA1(cell.row, cell.col),
          content: expectedContent(cell),
        });
      }
    }
    expect(excel.book.sheet("Biểu 01").content("E9")).toBe('=IF(C9>0,D9/C9,"")');
  });

  it("keeps a metadata text that looks like a date or a number as text", async () => {
    const plan = reportPlan(["B01"], "007");
    await insert(plan);
    const meta = excel.book.sheet(META_SHEET);
    const values = new Map([...meta.cells].map(([address, cell]) => [address, cell.value]));
    const row = (key: string) => plan.sheets.at(-1)!.cells.findIndex((c) => c.value === key) / 2 + 1;
    expect(values.get(`B${row("unit_code")}`)).toBe("007");
    expect(values.get(`B${row("period_start")}`)).toBe("2025-01-01");
  });

  it("unlocks and validates the inputs, locks and protects the rest, and names every form cell", async () => {
    const plan = reportPlan();
    await insert(plan);
    const sheet = excel.book.sheet("Biểu 01");
    const b01 = plan.sheets[0]!;
    const validation = b01.validations[0]!;
    if ("list" in validation) throw new Error("a form's inputs take whole numbers");
    for (const cell of b01.cells) {
      const state = sheet.cells.get(toA1(cell.row, cell.col))!;
      expect(state.format.locked).toBe(!cell.unlocked);
      if (cell.unlocked) {
        expect(state.validation).toEqual({
          rule: { wholeNumber: { formula1: validation.min, formula2: validation.max, operator: "Between" } },
          errorAlert: {
            showAlert: true,
            style: "Stop",
            title: validation.title,
            message: validation.message,
          },
          ignoreBlanks: true,
        });
      } else expect(state.validation).toBeUndefined();
    }
    expect(sheet.protection).toEqual({ protected: true, options: SHEET_PROTECTION });
    expect(excel.book.sheet(META_SHEET).visibility).toBe("VeryHidden");
    expect(excel.book.sheet(META_SHEET).protection.protected).toBe(true);

    const targets = namesInUse(excel.book);
    expect(targets.size).toBe(plan.names.length);
    for (const n of plan.names)
      expect(targets.get(n.name)).toBe(`${quoteSheet(n.sheet)}!${toA1(n.row, n.col)}`);
    expect(targets.get("TD_B01_state_cla_rate")).toBe("'Biểu 01'!E9");
    expect(excel.book.active).toBe("Biểu 01");
  });

  it("formats as the file writer does: styles, number formats, merges, widths, frozen panes", async () => {
    const plan = reportPlan(["B01"]);
    await insert(plan);
    const sheet = excel.book.sheet("Biểu 01");
    const e9 = sheet.cells.get("E9")!;
    expect(e9.numberFormat).toBe(NUMBER_FORMATS.ratio);
    expect(e9.format).toMatchObject({ fill: `#${STYLES.computed.fill}`, bold: true, locked: true });
    expect(e9.format.borders).toMatchObject({ EdgeTop: "Continuous", EdgeTopWeight: "Thin" });
    expect(sheet.cells.get("A1")!.format).toMatchObject({ bold: true, size: 14 });
    expect(sheet.cells.get("C6")!.format).toMatchObject({
      fill: `#${STYLES.header.fill}`,
      wrap: true,
      align: "Center",
    });
    expect(sheet.merges).toEqual(
      plan.sheets[0]!.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`),
    );
    expect(sheet.freeze).toEqual({ rows: 8, cols: 2 });
    plan.sheets[0]!.columnWidths.forEach((w, i) => expect(sheet.columnWidths.get(i)).toBe(columnPoints(w)));
  });

  it("costs the same syncs for one template as for four", async () => {
    const one = await insert(reportPlan(["B01"]));
    excel = installFakeExcel();
    const four = await insert(reportPlan());
    expect(one.syncs).toBe(four.syncs);
  });
});

describe("a workbook that already has sheets", () => {
  it("never overwrites a user's sheet: the new one takes a free name and the names follow it", async () => {
    excel.book.addSheet("Biểu 01").set({ A1: "của tôi", C9: 42 });
    const { result } = await insert(reportPlan(["B01"]));
    expect(result.sheets).toEqual(["Biểu 01 (2)", "Kiểm tra", META_SHEET]);
    expect(excel.book.sheet("Biểu 01").content("A1")).toBe("của tôi");
    expect(excel.book.sheet("Biểu 01").content("C9")).toBe(42);
    expect(excel.book.nameTargets().get("TD_B01_state_cla_rate")).toBe("'Biểu 01 (2)'!E9");
    expect(excel.book.active).toBe("Biểu 01 (2)");
  });

  it("stops before changing anything when the workbook already holds a report, saying which", async () => {
    await insert(reportPlan(["B01", "B02"]));
    const before = snapshot(excel.book);
    const failing = insert(reportPlan(["B01"], "CD_P02"));
    await expect(failing).rejects.toBeInstanceOf(ReportExists);
    const refusal = (await failing.catch((e: unknown) => e)) as ReportExists;
    expect(refusal.existing).toEqual({
      unit: { vi: "CD_P01 – Công đoàn CD_P01", en: "CD_P01 – Công đoàn CD_P01" },
      period: { vi: expect.stringContaining("Đợt 1"), en: expect.any(String) },
      sheets: ["Biểu 01", "Biểu 02", "Kiểm tra"],
    });
    expect(refusal.text.vi).toMatch(/^Tệp Excel này đã có báo cáo của CD_P01 – Công đoàn CD_P01, kỳ Đợt 1/);
    expect(excel.syncs).toBe(2);
    expect(snapshot(excel.book)).toEqual(before);
  });

  it("replaces that report cleanly when asked: its sheets and names go, the new ones take their place", async () => {
    await insert(reportPlan(["B01", "B02"]));
    const { result, syncs } = await insert(reportPlan(["B01"], "CD_P02"), true);
    // Look, read the report there, look at what of the user's points at it (nothing), build, swap.
    expect(syncs).toBe(5);
    expect(result.sheets).toEqual(["Biểu 01", "Kiểm tra", META_SHEET]);
    expect(sheetsInUse(excel.book)).toEqual(["Sheet1", "Biểu 01", "Kiểm tra", META_SHEET]);
    expect(excel.book.nameTargets().get("TD_B01_state_cla_rate")).toBe("'Biểu 01'!E9");
    expect([...namesInUse(excel.book).keys()].sort()).toEqual(
      reportPlan(["B01"])
        .names.map((n) => n.name)
        .sort(),
    );
    expect([...excel.book.nameTargets().values()].some((target) => target.includes("#REF!"))).toBe(false);
    const meta = [...excel.book.sheet(META_SHEET).cells.values()].map((c) => c.value);
    expect(meta).toContain("CD_P02");
    expect(meta).not.toContain("CD_P01");
    // The form's status line names the new check sheet, built under another name while the old one stood.
    expect(excel.book.sheet("Biểu 01").cell("A5").formula).toContain("'Kiểm tra'!$B$3");
    expect(excel.book.nameTargets().get("TD_CHECK_ERRORS")).toBe("'Kiểm tra'!B3");
  });

  it("points a form's status line at its own check sheet, not at a user's sheet of that name", async () => {
    excel.book.addSheet("Kiểm tra").set({ B3: 999 });
    await insert(reportPlan(["B01"]));
    const status = excel.book.sheet("Biểu 01").cell("A5").formula!;
    expect(status).toContain("'Kiểm tra (2)'!$B$3");
    expect(status).not.toContain("#REF!");
    expect(excel.book.sheet("Kiểm tra").content("B3")).toBe(999);
  });
});

describe("an insert that cannot complete", () => {
  /** A plan Excel refuses while its build is queued: a data-validation title over 32 characters. */
  function refusedPlan(): WorkbookPlan {
    const plan = reportPlan(["B01"], "CD_P02");
    const [form, ...rest] = plan.sheets;
    const validations = [{ ...form!.validations[0]!, title: "x".repeat(40) }];
    return { ...plan, sheets: [{ ...form!, validations }, ...rest] };
  }

  it("leaves the previous report usable, its names and metadata intact, when Excel refuses the build", async () => {
    await insert(reportPlan(["B01"]));
    const before = snapshot(excel.book);
    await expect(insert(refusedPlan(), true)).rejects.toMatchObject(
      excelFailure(WORDS.officeErrors.invalidArgument, "error title over 32"),
    );
    expect(snapshot(excel.book)).toEqual(before);
  });

  it("does the same when the build's sync fails, deleting what it added", async () => {
    await insert(reportPlan(["B01"]));
    const before = snapshot(excel.book);
    // Sync 4 is the build's (after the look, the report read and the look at the user's references).
    excel.failOnSync = 4;
    await expect(insert(reportPlan(["B01"], "CD_P02"), true)).rejects.toMatchObject(
      excelFailure(WORDS.officeErrors.general, "the fake sync failed"),
    );
    expect(snapshot(excel.book)).toEqual(before);
    expect(excel.syncs).toBe(6);
  });

  it("stops before changing anything when the workbook's structure is protected", async () => {
    excel.book.structureProtected = true;
    const before = snapshot(excel.book);
    const failing = insert(reportPlan(["B01"]));
    await expect(failing).rejects.toThrow(HostError);
    await expect(failing).rejects.toMatchObject({ text: STRUCTURE_PROTECTED });
    expect(excel.syncs).toBe(1);
    expect(snapshot(excel.book)).toEqual(before);
  });
});
