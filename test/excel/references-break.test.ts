import type { WorkbookPlan } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { namesSheet } from "../../src/excel/dependent-formulas";
import { ReferencesWouldBreak } from "../../src/host/references-break";
import type { WriteOptions } from "../../src/host/workbook-host";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { snapshot } from "./fakes/fake-state";
import { summaryPlan } from "./fakes/plans";

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
