import { createExcelHost } from "../../src/excel";
import { BUILD_JOURNAL } from "../../src/excel/build-journal";
import { LIVE_WRITE_MS } from "../../src/excel/journal-owner";
import { WriteInProgress } from "../../src/host/write-in-progress";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { snapshot } from "./fakes/fake-state";
import { summaryPlan } from "./fakes/plans";
import { reportPlan } from "../support/reports";

// Two panes on one workbook (a second window, a co-author on the web): the journal names its writer
// and when it began, and the other pane leaves a write in progress alone instead of undoing it.

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});
afterEach(() => jest.restoreAllMocks());

const pane = (writer: string) => createExcelHost({ writer });
const journal = () => excel.book.names.find((n) => n.name === BUILD_JOURNAL);

/** Pane A's template insert, cut off after its build's first request (the pane closed, or still going). */
async function aBuilding(): Promise<void> {
  excel.abandonAtSync = 2;
  void pane("A").insertReport(reportPlan(), "bieu-mau.xlsx");
  while (excel.syncs < 2) await new Promise((resolve) => setTimeout(resolve, 20));
  excel.abandonAtSync = undefined;
}

/** A time of day as the message writes it. */
const hourMinute = (at: Date) =>
  `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;

it("a second pane leaves another pane's write alone while it may still be going, and says since when", async () => {
  // The write begins between these two times, which a minute may pass between on a busy machine.
  const before = hourMinute(new Date());
  await aBuilding();
  const after = hourMinute(new Date());
  const during = snapshot(excel.book);
  expect(journal()).toBeDefined();
  const b = pane("B");
  await expect(
    b.writeSummary({ kind: "plan", plan: summaryPlan(1) }, "tong-hop.xlsx"),
  ).rejects.toBeInstanceOf(WriteInProgress);
  await expect(b.live!.recoverInterrupted()).rejects.toBeInstanceOf(WriteInProgress);
  const refusal = await b.insertReport(reportPlan(), "bieu-mau.xlsx").catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(WriteInProgress);
  const { text } = refusal as WriteInProgress;
  const since = /since (\d\d:\d\d)/.exec(text.en)?.[1];
  expect([before, after]).toContain(since);
  expect(text.vi).toContain(`từ ${since}`);
  expect(snapshot(excel.book)).toEqual(during);
});

it("a write another pane began more than ten minutes ago was abandoned: the next pane undoes it and writes", async () => {
  await aBuilding();
  const later = Date.now() + LIVE_WRITE_MS + 1;
  jest.spyOn(Date, "now").mockReturnValue(later);
  const b = pane("B");
  expect(await b.live!.recoverInterrupted()).toBeGreaterThan(0);
  expect(journal()).toBeUndefined();
  await b.writeSummary({ kind: "plan", plan: summaryPlan(1) }, "tong-hop.xlsx");
  expect(excel.book.hasSheet("Tổng hợp")).toBe(true);
});

it("a pane reloaded in the middle of its own write settles it at once", async () => {
  await aBuilding();
  expect(await pane("A").live!.recoverInterrupted()).toBeGreaterThan(0);
  expect(journal()).toBeUndefined();
});

it("the journal names its writer and its start, hidden from Name Manager", async () => {
  await aBuilding();
  expect(excel.book.nameFormula(journal()!)).toMatch(/by:A:\d{13}"$/);
  expect(journal()!.hidden).toBe(true);
});
