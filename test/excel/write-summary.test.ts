import { META_SHEET, quoteSheet, toA1, type WorkbookPlan } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import type { WorkbookState } from "./fakes/fake-state";
import { summaryPlan } from "./fakes/plans";

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const write = (plan: WorkbookPlan) =>
  excel.count(() => createExcelHost().writeSummary(plan, "tong-hop.xlsx"));

/** Everything a user could see of the workbook's sheets and names. */
function snapshot(book: WorkbookState) {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells].map(([address, cell]) => [address, cell.value, cell.formula]),
      charts: s.charts.length,
    })),
    names: [...book.nameTargets()],
  };
}

describe("writing a summary into the open workbook", () => {
  it("builds every sheet, names the parent report's cells and draws the attainment chart", async () => {
    const plan = summaryPlan(3);
    const { syncs, runs } = await write(plan);
    expect([runs, syncs]).toEqual([1, 3]);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
    expect(excel.book.sheet(META_SHEET).visibility).toBe("VeryHidden");
    for (const n of plan.names)
      expect(excel.book.nameTargets().get(n.name)).toBe(`${quoteSheet(n.sheet)}!${toA1(n.row, n.col)}`);
    const overview = plan.sheets[0]!;
    const chart = overview.charts![0]!;
    expect(excel.book.sheet(overview.name).charts).toEqual([
      {
        type: "BarClustered",
        seriesBy: "Columns",
        source: `${toA1(chart.values.top, chart.values.left)}:${toA1(chart.values.bottom, chart.values.right)}`,
        xValues: `${toA1(chart.categories.top, chart.categories.left)}:${toA1(chart.categories.bottom, chart.categories.right)}`,
        title: `${chart.title.vi} / ${chart.title.en}`,
        seriesName: chart.seriesName,
        position: toA1(chart.anchor.row, chart.anchor.col),
      },
    ]);
    expect(excel.book.active).toBe(overview.name);
    expect(excel.book.sheets.some((s) => s.name.startsWith("TD_TMP"))).toBe(false);
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
    const { syncs } = await write(summaryPlan(4));
    expect(syncs).toBe(3);
    expect(excel.book.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      ...summaryPlan(4).sheets.map((s) => s.name),
    ]);
    expect(excel.book.sheet("Sheet1").content("A1")).toBe("ghi chú");
    expect(excel.book.names).toHaveLength(summaryPlan(4).names.length);
  });

  it("costs the same syncs for 3 units as for 30", async () => {
    const three = await write(summaryPlan(3));
    excel = installFakeExcel();
    const thirty = await write(summaryPlan(30));
    expect(three.syncs).toBe(thirty.syncs);
  });
});

describe("a summary that fails while it is built", () => {
  it("deletes its temporary sheets and leaves the previous summary untouched", async () => {
    await write(summaryPlan(3));
    const before = snapshot(excel.book);
    excel.failOnSync = 2;
    const failing = excel.count(() => createExcelHost().writeSummary(summaryPlan(30), "tong-hop.xlsx"));
    await expect(failing).rejects.toThrow("the fake sync failed");
    expect(snapshot(excel.book)).toEqual(before);
    expect(excel.syncs).toBe(4);
  });

  it("cleans up the same way when Excel refuses a command while the build is queued", async () => {
    await write(summaryPlan(3));
    const before = snapshot(excel.book);
    const plan = summaryPlan(3);
    const form = plan.sheets.find((s) => s.validations.length > 0)!;
    const tooLong = { ...form, validations: [{ ...form.validations[0]!, title: "x".repeat(40) }] };
    const broken = { ...plan, sheets: plan.sheets.map((s) => (s === form ? tooLong : s)) };
    await expect(write(broken)).rejects.toThrow("error title over 32");
    expect(snapshot(excel.book)).toEqual(before);
  });
});
