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

it("a second pane leaves another pane's write alone while it may still be going, and says since when", async () => {
  await aBuilding();
  const during = snapshot(excel.book);
  expect(journal()).toBeDefined();
  const b = pane("B");
  await expect(
    b.writeSummary({ kind: "plan", plan: summaryPlan(1) }, "tong-hop.xlsx"),
  ).rejects.toBeInstanceOf(WriteInProgress);
  await expect(b.live!.recoverInterrupted()).rejects.toBeInstanceOf(WriteInProgress);
  const since = new Date();
  const time = `${String(since.getHours()).padStart(2, "0")}:${String(since.getMinutes()).padStart(2, "0")}`;
  await expect(b.insertReport(reportPlan(), "bieu-mau.xlsx")).rejects.toMatchObject({
    text: { vi: expect.stringContaining(`từ ${time}`), en: expect.stringContaining(`since ${time}`) },
  });
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
