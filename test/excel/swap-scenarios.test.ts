import type { WorkbookPlan } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { ASIDE_SHEET, BUILD_JOURNAL, TEMP_SHEET } from "../../src/excel/build-journal";
import { SUMMARY_RECORD } from "../../src/excel/summary-record";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { summaryPlan } from "./fakes/plans";
import { reportPlan } from "../support/reports";
import { namesInUse, sheetsInUse } from "./support/kept";

// The swap against what a user does in Excel while a write is on its way, and against a workbook that
// holds nothing but what Thi Đua wrote (Excel keeps one sheet visible).

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const summarize = (plan: WorkbookPlan) =>
  createExcelHost().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx", { breakReferences: true });
const first = summaryPlan(1);
const second = summaryPlan(2);

function deleteSheet1(): void {
  const sheet = excel.book.sheet("Sheet1");
  excel.book.sheets.splice(excel.book.sheets.indexOf(sheet), 1);
  sheet.deleted = true;
}

/** Nothing of a write's machinery left: no temporary or set-aside sheet but those kept for an undo, no journal. */
function leftovers(): string[] {
  const sheets = sheetsInUse(excel.book).filter((n) => n.startsWith(TEMP_SHEET) || n.startsWith(ASIDE_SHEET));
  return [...sheets, ...excel.book.names.filter((n) => n.name === BUILD_JOURNAL).map((n) => n.name)];
}

const recorded = () => excel.book.nameTargets().get(SUMMARY_RECORD);

it("replaces a summary in a workbook holding nothing else, the last visible sheet never deleted before the new ones show", async () => {
  await summarize(first);
  deleteSheet1();
  await summarize(second);
  expect(excel.book.sheets.map((s) => s.name)).toEqual(second.sheets.map((s) => s.name));
  expect(leftovers()).toEqual([]);
  expect(excel.book.names).toHaveLength(second.names.length + 1);
});

it("replaces a report in a workbook holding only that report (Thay báo cáo cũ)", async () => {
  await createExcelHost().insertReport(reportPlan(), "bieu-mau.xlsx");
  deleteSheet1();
  const plan = reportPlan(["B01"], "CD_P02");
  await createExcelHost().insertReport(plan, "bieu-mau.xlsx", { replace: true });
  expect(sheetsInUse(excel.book)).toEqual(plan.sheets.map((s) => s.name));
  expect([...namesInUse(excel.book).keys()].sort()).toEqual(plan.names.map((n) => n.name).sort());
  expect(leftovers()).toEqual([]);
});

it("keeps a sheet the user adds during the write under the name the summary was to take", async () => {
  // Sync 1 looks; sync 2 is the build, which reads the sheets again as it ends.
  excel.duringSync = (sync) => {
    if (sync === 2) excel.book.addSheet("Tổng hợp").set({ A1: "của tôi" });
  };
  await summarize(first);
  expect(excel.book.sheet("Tổng hợp").content("A1")).toBe("của tôi");
  expect(excel.book.hasSheet("Tổng hợp (2)")).toBe(true);
  expect(recorded()).toContain("Tổng hợp (2)");
  expect(recorded()).not.toMatch(/Tổng hợp\//);
  expect(leftovers()).toEqual([]);
});

it("keeps a sheet of the previous summary the user renames during the write, and writes the new one in its place", async () => {
  await summarize(first);
  const old = excel.book.sheet("Tổng hợp");
  const kept = [...old.cells].map(([at, c]) => [at, c.value]);
  // With breaking references accepted: sync 1 looks; sync 2 is the build, which reads the sheets again as it ends.
  const build = excel.syncs + 2;
  excel.duringSync = (sync) => {
    if (sync !== build) return;
    excel.book.renameReferences(old.name, "Tổng hợp quý 1");
    old.name = "Tổng hợp quý 1";
  };
  await summarize(second);
  expect(excel.book.sheet("Tổng hợp quý 1").visibility).toBe("Visible");
  expect([...excel.book.sheet("Tổng hợp quý 1").cells].map(([at, c]) => [at, c.value])).toEqual(kept);
  expect(excel.book.sheet("Tổng hợp")).not.toBe(old);
  expect(recorded()).not.toContain("quý 1");
  expect(leftovers()).toEqual([]);
});
