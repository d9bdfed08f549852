import type { WorkbookPlan } from "../../src/core";
import { createExcelHost } from "../../src/excel";
import { BUILD_JOURNAL, TEMP_SHEET } from "../../src/excel/build-journal";
import { installFakeExcel, type FakeExcel } from "./fakes/fake-excel";
import { snapshot, type WorkbookState } from "./fakes/fake-state";
import { summaryPlan } from "./fakes/plans";
import { reportPlan } from "../support/reports";
import { WORDS } from "../../src/core/vocabulary";
import { sheetsInUse } from "./support/kept";

// A write into the open workbook cut short at any of its requests: by Excel refusing every request from
// then on (clean-up included), by the pane reloading (no code runs after), or waiting for a cell edit.

let excel: FakeExcel;
beforeEach(() => {
  excel = installFakeExcel();
});

/**
 * 450 units: the build takes two requests, so a first summary takes four (look, build, build, swap),
 * and one that replaces another one more, before the build, to look at what of the user's points at
 * it (one request surveys the sheets; the empty Sheet1 needs no other).
 */
const big = summaryPlan(450);
const small = summaryPlan(3);
const SYNCS = 4;
const READS = 1;

const write = (plan: WorkbookPlan) => createExcelHost().writeSummary({ kind: "plan", plan }, "tong-hop.xlsx");

/** What the user sees: the visible sheets and their cells. */
const inSight = (book: WorkbookState) => snapshot(book).sheets.filter((s) => s.visibility === "Visible");

const leftovers = (book: WorkbookState) => ({
  sheets: sheetsInUse(book).filter((name) => name.toUpperCase().startsWith(TEMP_SHEET)).length,
  journal: book.names.some((n) => n.name === BUILD_JOURNAL),
});

const planNames = (plan: WorkbookPlan) => plan.sheets.map((s) => s.name);

/** Lets queued promise callbacks and timers run, as a pane would between events. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Waits until the write has sent its n-th request (it pauses between commands, so this takes a while). */
async function untilSync(n: number) {
  while (excel.syncs < n) await settle();
}

it("a complete write takes the four requests the tests below cut", async () => {
  const { syncs } = await excel.count(() => write(big));
  expect(syncs).toBe(SYNCS);
  expect(leftovers(excel.book)).toEqual({ sheets: 0, journal: false });
});

describe.each([
  ["a first summary", null, [1, 2, 3]],
  ["a summary replacing the previous one", small, [1, 2, 3, 4]],
])("%s, Excel refusing every request from one on", (_, previous, requests) => {
  it.each(requests)(
    "from request %i: nothing half-built in sight, and the next write removes it and writes whole",
    async (from) => {
      if (previous) await write(previous);
      const before = snapshot(excel.book);
      excel.failFromSync = excel.syncs + from;
      await expect(write(big)).rejects.toMatchObject({ name: "HostError" });
      expect(inSight(excel.book)).toEqual(before.sheets.filter((s) => s.visibility === "Visible"));
      // The build's sheets stay out of sight under temporary names, listed by the journal.
      const built = from > 1 + (previous ? READS : 0);
      expect(leftovers(excel.book).journal).toBe(built);

      excel.failFromSync = undefined;
      await write(big);
      expect(leftovers(excel.book)).toEqual({ sheets: 0, journal: false });
      const names = sheetsInUse(excel.book);
      // The complete summary under its own names, never under "(2)" names beside a half-built one.
      expect(names.filter((n) => n.includes("(2)"))).toEqual([]);
      expect(names).toEqual(expect.arrayContaining(planNames(big)));
    },
  );
});

describe("the pane reloaded in the middle of a write", () => {
  it.each([1, 2])(
    "at build request %i: the next start removes what it left, says how much, and the workbook is as before",
    async (at) => {
      await write(small);
      const before = snapshot(excel.book);
      excel.abandonAtSync = excel.syncs + 1 + READS + at;
      void write(big);
      await untilSync(excel.abandonAtSync);
      expect(inSight(excel.book)).toEqual(before.sheets.filter((s) => s.visibility === "Visible"));
      expect(leftovers(excel.book)).toEqual({ sheets: expect.any(Number), journal: true });
      const left = leftovers(excel.book).sheets;
      expect(left).toBeGreaterThan(0);

      excel.abandonAtSync = undefined;
      await expect(createExcelHost().live!.recoverInterrupted()).resolves.toBe(left);
      expect(snapshot(excel.book)).toEqual(before);
      await expect(createExcelHost().live!.recoverInterrupted()).resolves.toBe(0);
    },
  );

  it("while a template is inserted, the same", async () => {
    const before = snapshot(excel.book);
    excel.abandonAtSync = 2;
    void createExcelHost().insertReport(reportPlan(), "bieu-mau.xlsx");
    await untilSync(2);
    expect(inSight(excel.book)).toEqual(before.sheets);
    excel.abandonAtSync = undefined;
    expect(await createExcelHost().live!.recoverInterrupted()).toBeGreaterThan(0);
    expect(snapshot(excel.book)).toEqual(before);
  });

  it("never removes a sheet of the user's, even one named like a temporary sheet", async () => {
    excel.book.addSheet("TD_TMP ghi chú").set({ A1: "của tôi" });
    excel.abandonAtSync = 2;
    void write(small);
    await untilSync(2);
    excel.abandonAtSync = undefined;
    await createExcelHost().live!.recoverInterrupted();
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Sheet1", "TD_TMP ghi chú"]);
  });
});

describe("a cell being edited in Excel", () => {
  it("holds the write until the user leaves the cell, then the summary is written whole", async () => {
    excel.cellEditFromSync = 3;
    let done = false;
    const writing = write(big).then(() => (done = true));
    await untilSync(3);
    await settle();
    expect([done, excel.waitedForCellEdit]).toEqual([false, 1]);
    expect(inSight(excel.book).map((s) => s.name)).toEqual(["Sheet1"]);
    excel.leaveCellEdit();
    await writing;
    expect(excel.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(planNames(big)));
    expect(leftovers(excel.book)).toEqual({ sheets: 0, journal: false });
  });
});

describe("a write the user stops", () => {
  it("tells how far it is, stops between requests, and leaves the previous summary as it was", async () => {
    await write(small);
    const before = snapshot(excel.book);
    const stop = new AbortController();
    const progress: [number, number][] = [];
    const writing = createExcelHost().writeSummary({ kind: "plan", plan: big }, "tong-hop.xlsx", {
      breakReferences: true,
      signal: stop.signal,
      onProgress: (done, total) => {
        progress.push([done, total]);
        if (done === 2) stop.abort();
      },
    });
    await expect(writing).rejects.toMatchObject({ text: WORDS.officeErrors.writeCancelled });
    expect(progress).toEqual([
      [1, big.sheets.length],
      [2, big.sheets.length],
    ]);
    expect(snapshot(excel.book)).toEqual(before);
    expect(leftovers(excel.book)).toEqual({ sheets: 0, journal: false });
  });

  // Safari before 15.4 (Excel on a macOS 12 never updated) has AbortSignal without throwIfAborted.
  const oldSafari = (stop: AbortController) =>
    Object.defineProperty(stop.signal, "throwIfAborted", { value: undefined }) as AbortSignal;

  it("writes, and stops when asked, where the signal has no throwIfAborted (Safari before 15.4)", async () => {
    const written = new AbortController();
    await createExcelHost().writeSummary({ kind: "plan", plan: small }, "tong-hop.xlsx", {
      signal: oldSafari(written),
    });
    expect(excel.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(planNames(small)));
    const before = snapshot(excel.book);
    const stop = new AbortController();
    const writing = createExcelHost().writeSummary({ kind: "plan", plan: big }, "tong-hop.xlsx", {
      breakReferences: true,
      signal: oldSafari(stop),
      onProgress: (done) => done === 2 && stop.abort(),
    });
    await expect(writing).rejects.toMatchObject({ text: WORDS.officeErrors.writeCancelled });
    expect(snapshot(excel.book)).toEqual(before);
  });

  it("hears of every sheet of a write that goes through", async () => {
    const progress: number[] = [];
    await createExcelHost().writeSummary({ kind: "plan", plan: small }, "tong-hop.xlsx", {
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual(small.sheets.map((_, i) => i + 1));
  });
});
