import {
  defaultCampaign,
  extract,
  layoutCampaign,
  parseSheetRef,
  validate,
  type WorkbookPlan,
} from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { BUILD_JOURNAL, KEPT_RECORD } from "../../src/excel/build-journal";
import { SUMMARY_RECORD } from "../../src/excel/summary-record";
import { ReferencesWouldBreak } from "../../src/host/references-break";
import { WORDS } from "../../src/core/vocabulary";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { summaryPlan } from "./fakes/plans";
import type { WorkbookState } from "./fakes/fake-state";
import { wholeState } from "./support/cut-writes";
import { keptSheets } from "./support/kept";
import { reportPlan } from "../support/reports";

// "Hoàn tác tổng hợp vừa ghi": a write keeps what it replaced until the next write, and an undo puts
// it back whole; undoing again redoes the write.

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

const host = () => createExcelHost();
const summarize = (plan: WorkbookPlan, breakReferences = false) =>
  host().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx", { breakReferences });
const insert = (plan: WorkbookPlan, replace = false) =>
  host().insertReport(plan, "bieu-mau.xlsx", { replace });
const undo = (breakReferences = false) => host().live!.undoLastWrite({ breakReferences });
const lastWrite = () => host().live!.lastWrite();
const campaign = (year: number) =>
  layoutCampaign(defaultCampaign(year, [{ code: "P01", name: "Công đoàn P01", bloc: "Cụm 1" }]));

/** The whole state of what the workbook holds in use: its sheets, cells, tables and names, what is kept for an undo left out. */
function inUse(book: WorkbookState) {
  const kept = keptSheets(book);
  const state = wholeState(book);
  return {
    sheets: state.sheets.filter((s) => !kept.has(s.name)),
    names: state.names.filter(([name]) => name !== KEPT_RECORD),
  };
}

it.each([
  ["a first summary", () => Promise.resolve(), () => summarize(summaryPlan(1)), "summary"],
  ["a summary", () => summarize(summaryPlan(1)), () => summarize(summaryPlan(2)), "summary"],
  [
    "a report (Thay báo cáo cũ)",
    () => insert(reportPlan(["B01"])),
    () => insert(reportPlan(["B01"], "CD_P02"), true),
    "report",
  ],
  ["a campaign", () => insert(campaign(2025)), () => insert(campaign(2026), true), "campaign"],
] as const)(
  "undoes %s: what it replaced back whole under its names, and a second undo redoes it",
  async (_, first, second, kind) => {
    await first();
    const before = inUse(excel.book);
    await second();
    const after = inUse(excel.book);
    expect(after).not.toEqual(before);
    await expect(lastWrite()).resolves.toEqual({ kind, undo: false });

    await expect(undo()).resolves.toEqual({ kind, undo: true });
    expect(inUse(excel.book)).toEqual(before);
    await expect(lastWrite()).resolves.toEqual({ kind, undo: true });

    await expect(undo()).resolves.toEqual({ kind, undo: false });
    expect(inUse(excel.book)).toEqual(after);
    expect(excel.book.names.some((n) => n.name === BUILD_JOURNAL)).toBe(false);
  },
);

it("keeps one write back only: the next write discards what the last one kept", async () => {
  await summarize(summaryPlan(1));
  await summarize(summaryPlan(2));
  const sheets = excel.book.sheets.length;
  const kept = new Set(keptSheets(excel.book));
  const keptBefore = excel.book.sheets.filter((s) => kept.has(s.name));
  expect(keptBefore.length).toBeGreaterThan(1);
  await summarize(summaryPlan(3));
  expect(excel.book.sheets).toHaveLength(sheets);
  expect(keptBefore.filter((s) => excel.book.sheets.includes(s))).toEqual([]);
});

it("says there is nothing to undo in a workbook no write has kept anything in, and changes nothing", async () => {
  await summarize(summaryPlan(1), true);
  await expect(lastWrite()).resolves.toBeUndefined();
  const before = wholeState(excel.book);
  await expect(undo()).rejects.toMatchObject({ text: WORDS.undoWrite.nothingToUndo });
  expect(wholeState(excel.book)).toEqual(before);
});

it("keeps nothing when the user agreed to break formulas pointing at the summary: they turn #REF!, never to the old figures", async () => {
  await summarize(summaryPlan(1));
  const mine = excel.book.addSheet("Của tôi").set({ A1: { formula: "'Tổng hợp'!B5", value: 0 } });
  await expect(summarize(summaryPlan(2))).rejects.toBeInstanceOf(ReferencesWouldBreak);
  await summarize(summaryPlan(2), true);
  expect(mine.cells.get("A1")!.formula).toContain("#REF!");
  await expect(lastWrite()).resolves.toBeUndefined();
});

it("refuses an undo that would carry the user's formulas aside with the summary, unless told, and then keeps nothing", async () => {
  await summarize(summaryPlan(1));
  const first = inUse(excel.book);
  await summarize(summaryPlan(2));
  const mine = excel.book.addSheet("Của tôi").set({ A1: { formula: "'Tổng hợp'!B5", value: 0 } });
  const before = wholeState(excel.book);
  await expect(undo()).rejects.toBeInstanceOf(ReferencesWouldBreak);
  expect(wholeState(excel.book)).toEqual(before);

  await undo(true);
  expect(mine.cells.get("A1")!.formula).toContain("#REF!");
  expect(inUse(excel.book).sheets.filter((s) => s.name !== "Của tôi")).toEqual(first.sheets);
  await expect(lastWrite()).resolves.toBeUndefined();
});

it("keeps the journal and the records out of Name Manager, and the form's names in it", async () => {
  await summarize(summaryPlan(1));
  const hidden = excel.book.names.filter((n) => n.hidden).map((n) => n.name);
  expect(hidden.sort()).toEqual([KEPT_RECORD, SUMMARY_RECORD].sort());
  let journalHidden: boolean | undefined;
  excel.duringSync = () => {
    const journal = excel.book.names.find((n) => n.name === BUILD_JOURNAL);
    if (journal) journalHidden = journal.hidden;
  };
  await summarize(summaryPlan(2));
  expect(journalHidden).toBe(true);
});

it("a report replaced and kept validates as the same report inserted alone", async () => {
  const findings = async () => {
    const targets = excel.book.nameTargets();
    const ref = parseSheetRef(targets.get("TD_B01_private_enterprises_with_union")!)!;
    excel.book.sheet(ref.sheet).enter(ref.address, 12);
    const extraction = extract(await host().live!.readGrid());
    expect(extraction.report?.unit.code).toBe("CD_P02");
    return validate(extraction);
  };
  await insert(reportPlan(["B01"], "CD_P02"));
  const alone = await findings();
  excel = installFakeExcel();
  await insert(reportPlan(["B01"], "CD_P01"));
  await insert(reportPlan(["B01"], "CD_P02"), true);
  expect(keptSheets(excel.book).size).toBeGreaterThan(1);
  expect(await findings()).toEqual(alone);
});
