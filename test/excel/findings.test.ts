import { fill, finding, STYLES, type Finding } from "../../src/core";
import { HostError } from "../../src/host/workbook-host";
import { createExcelHost } from "../../src/excel";
import { MARK_FORMULA } from "../../src/excel/findings";
import { SHEET_PROTECTION } from "../../src/excel/protection";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { reportPlan } from "../support/reports";
import { WORDS } from "../../src/core/vocabulary";

let excel: FakeExcel;
beforeEach(async () => {
  excel = installFakeExcel();
  await createExcelHost().insertReport(reportPlan(["B01", "B02"]), "bieu-mau.xlsx");
  excel.book.events.length = 0;
});

const live = () => createExcelHost().live!;
const text = { vi: "lỗi", en: "error" };
const error = (sheet: string, cell: string) => finding("error", "test.rule", text, { sheet, cell });

const FINDINGS: Finding[] = [
  error("Biểu 01", "C9"),
  error("Biểu 01", "D9"),
  error("Biểu 02", "C10"),
  finding("warning", "test.warning", text, { sheet: "Biểu 02", cell: "C9" }),
  finding("error", "test.nowhere", text),
];

const marks = (sheet: string) =>
  excel.book.sheet(sheet).conditionalFormats.filter((cf) => cf.formula === MARK_FORMULA);

describe("marking findings", () => {
  it("marks the cells of error findings, one conditional format per sheet, in 3 syncs and 2 per protected sheet", async () => {
    const { syncs, runs } = await excel.count(() => live().markFindings(FINDINGS));
    expect([runs, syncs]).toEqual([1, 7]);
    expect(marks("Biểu 01")).toEqual([
      {
        id: expect.any(Number),
        type: "Custom",
        areas: [{ top: 8, left: 2, bottom: 8, right: 3 }],
        formula: MARK_FORMULA,
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      },
    ]);
    expect(marks("Biểu 02").map((cf) => cf.areas)).toEqual([[{ top: 9, left: 2, bottom: 9, right: 2 }]]);
  });

  it("unprotects each marked sheet just for the change and protects it again as it was", async () => {
    await live().markFindings(FINDINGS);
    expect(excel.book.events).toEqual([
      "unprotect Biểu 01",
      "cf-add Biểu 01",
      "protect Biểu 01",
      "unprotect Biểu 02",
      "cf-add Biểu 02",
      "protect Biểu 02",
    ]);
    for (const sheet of ["Biểu 01", "Biểu 02"])
      expect(excel.book.sheet(sheet).protection).toEqual({ protected: true, options: SHEET_PROTECTION });
  });

  it("leaves the cells' own formatting alone", async () => {
    await live().markFindings(FINDINGS);
    expect(excel.book.sheet("Biểu 01").cells.get("C9")!.format.fill).toBe(`#${STYLES.input.fill}`);
  });

  it("replaces earlier marks rather than piling them up", async () => {
    await live().markFindings(FINDINGS);
    await live().markFindings([error("Biểu 01", "C10")]);
    expect(marks("Biểu 01").map((cf) => cf.areas)).toEqual([[{ top: 9, left: 2, bottom: 9, right: 2 }]]);
    expect(marks("Biểu 02")).toEqual([]);
  });

  it("costs the same syncs for three findings as for three hundred", async () => {
    const few = await excel.count(() => live().markFindings(FINDINGS));
    const many = Array.from({ length: 300 }, (_, i) =>
      error(i % 2 ? "Biểu 01" : "Biểu 02", `C${9 + (i % 40)}`),
    );
    expect((await excel.count(() => live().markFindings(many))).syncs).toBe(few.syncs);
  });
});

describe("clearing marks", () => {
  it("removes only our marks, keeping a user's own conditional formats, and re-protects", async () => {
    const sheet = excel.book.sheet("Biểu 01");
    const users = sheet.addConditionalFormat("Custom", [{ top: 8, left: 2, bottom: 8, right: 2 }]);
    users.formula = "=TRUE";
    sheet.addConditionalFormat("ColorScale", [{ top: 8, left: 2, bottom: 12, right: 2 }]);
    await live().markFindings(FINDINGS);
    excel.book.events.length = 0;

    const { syncs } = await excel.count(() => live().clearMarks());
    expect(syncs).toBe(7);
    expect(
      sheet.conditionalFormats.filter((cf) => !cf.formulaR1C1).map((cf) => [cf.type, cf.formula]),
    ).toEqual([
      ["Custom", "=TRUE"],
      ["ColorScale", undefined],
    ]);
    expect(marks("Biểu 02")).toEqual([]);
    expect(excel.book.events).toEqual([
      "unprotect Biểu 01",
      "cf-delete Biểu 01",
      "protect Biểu 01",
      "unprotect Biểu 02",
      "cf-delete Biểu 02",
      "protect Biểu 02",
    ]);
  });

  it("leaves the template's own conditional formats as they were, marking over them and clearing", async () => {
    const own = (sheet: string) => excel.book.sheet(sheet).conditionalFormats.map((cf) => ({ ...cf }));
    const before = ["Biểu 01", "Biểu 02"].map(own);
    expect(before.map((formats) => formats.length > 0)).toEqual([true, true]);
    await live().markFindings(FINDINGS);
    expect(marks("Biểu 01")).toHaveLength(1);
    await live().clearMarks();
    expect(["Biểu 01", "Biểu 02"].map(own)).toEqual(before);
  });

  it("touches no sheet when there is nothing to clear", async () => {
    await live().clearMarks();
    expect(excel.book.events).toEqual([]);
  });
});

describe("sheets that are not ours", () => {
  it("leaves a user's password-protected sheet alone, and still marks and clears ours", async () => {
    const mine = excel.book.addSheet("Của tôi");
    mine.protection = { protected: true, options: {}, password: "bí mật" };
    await live().markFindings([...FINDINGS, error("Của tôi", "B2")]);
    expect(marks("Biểu 01")).toHaveLength(1);
    await live().clearMarks();
    expect(marks("Biểu 01")).toEqual([]);
    expect(mine.conditionalFormats).toEqual([]);
    expect(mine.protection).toEqual({ protected: true, options: {}, password: "bí mật" });
    expect(excel.book.events.filter((e) => e.endsWith("Của tôi"))).toEqual([]);
  });
});

describe("a sheet of ours a user put a password on", () => {
  it("is skipped with a message naming it, while the other sheets are marked and cleared", async () => {
    await live().markFindings(FINDINGS);
    const locked = excel.book.sheet("Biểu 01");
    locked.protection = { ...locked.protection, password: "bí mật" };
    const before = [...locked.conditionalFormats];

    const clearing = live().clearMarks();
    await expect(clearing).rejects.toBeInstanceOf(HostError);
    await expect(clearing).rejects.toMatchObject({
      text: fill(WORDS.officeErrors.passwordSheets, { sheets: "Biểu 01" }),
    });
    expect(marks("Biểu 02")).toEqual([]);
    expect(locked.conditionalFormats).toEqual(before);
    expect(locked.protection).toMatchObject({ protected: true, password: "bí mật" });

    await expect(live().markFindings([error("Biểu 02", "C11")])).rejects.toMatchObject({
      text: { vi: expect.stringContaining("Trang tính Biểu 01 được bảo vệ bằng mật khẩu") },
    });
    expect(marks("Biểu 02").map((cf) => cf.areas)).toEqual([[{ top: 10, left: 2, bottom: 10, right: 2 }]]);
  });

  it("is protected again as it was when its marks fail for another reason", async () => {
    await live().markFindings(FINDINGS);
    excel.failOnSync = 5;
    await expect(excel.count(() => live().clearMarks())).rejects.toMatchObject({
      text: WORDS.officeErrors.general,
    });
    expect(excel.book.sheet("Biểu 01").protection).toEqual({ protected: true, options: SHEET_PROTECTION });
  });
});

describe("going to a finding's cell", () => {
  it("activates the sheet and selects the cell in two syncs, the first to see the sheet is not hidden", async () => {
    const { syncs } = await excel.count(() => live().selectCell("Biểu 02", "C10"));
    expect(syncs).toBe(2);
    expect(excel.book.active).toBe("Biểu 02");
    expect(excel.book.selection).toEqual({ sheet: "Biểu 02", address: "C10" });
  });
});
