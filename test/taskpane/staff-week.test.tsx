/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parseSheetRef, TEMPLATE_IDS } from "../../src/core";
import { vi } from "../../src/core/vocabulary";
import type { UndoableWrite, WorkbookHost } from "../../src/host/workbook-host";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel, type FakeExcel } from "../excel/fakes/fake-excel";
import { sheetsInUse } from "../excel/support/kept";
import { consistentFills } from "../support/reports";
import { reportFile } from "./files";
import { inProcessJobs } from "./in-process-jobs";
import { renderApp } from "./render-app";
import { liveWorkbook } from "./live-workbook";

// A provincial officer's week in the pane, on the stand-in Excel: a workbook of the officer's own, the
// reports received by Monday rolled up into it, one more report come in by the next Monday rolled up again.

const SLOW = { timeout: 20_000 };
const UNITS = ["P01", "P02", "P03", "P04"];
const SEEDS: Record<string, number> = { P01: 1, P02: 2, P03: 3, P04: 4 };
const OWN = "Theo dõi nhận";

/** The officer's own sheet: who sent what, and a count of it, typed by hand. */
function officersWorkbook(): FakeExcel {
  const excel = installFakeExcel();
  excel.book.sheet("Sheet1").name = OWN;
  excel.book.sheet(OWN).set({
    A1: "Đơn vị",
    B1: "Ngày nhận",
    A2: "P01",
    B2: "03/7",
    A3: "P02",
    B3: "04/7",
    A4: "P03",
    B4: "05/7",
    D1: "Đã nhận",
    D2: { formula: "COUNTA(A2:A10)", value: 3 },
  });
  return excel;
}

/** A figure of the summary's parent report, by its defined name, as the workbook holds it now. */
function figure(excel: FakeExcel, name: string) {
  const target = excel.book.nameTargets().get(name);
  if (!target) throw new Error(`no name ${name}`);
  const ref = parseSheetRef(target)!;
  return excel.book.sheet(ref.sheet).cell(ref.address).value;
}

const sumOf = (codes: readonly string[], name: string) =>
  codes.reduce((n, code) => n + (consistentFills(TEMPLATE_IDS, SEEDS[code]!)[name] as number), 0);

async function pick(user: ReturnType<typeof userEvent.setup>, codes: readonly string[]) {
  await user.upload(
    screen.getByTestId("rollup-files"),
    await Promise.all(codes.map((c) => reportFile(c, SEEDS[c]!))),
  );
}

it("rolls up the week's reports, then again with one more, keeping the officer's own sheet, and undoes", async () => {
  const excel = officersWorkbook();
  await renderApp(createExcelHost(), inProcessJobs, "rollup");
  const user = userEvent.setup();
  await user.upload(
    screen.getByTestId("rollup-units"),
    new File([`code,name\n${UNITS.map((c) => `${c},Công đoàn ${c}`).join("\n")}\n`], "units.csv", {
      type: "text/csv",
    }),
  );
  await user.type(screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ }), "LDLD_T");
  await user.type(screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }), "LĐLĐ tỉnh");
  await pick(user, ["P01", "P02", "P03"]);
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(await screen.findByText(vi.pane.rollup.written, {}, SLOW)).toBeTruthy();

  // jsdom has no OffscreenCanvas, as Excel on a Mac before Safari 16.4: the charts draw with labels estimated.
  await waitFor(
    () =>
      expect(
        screen.queryByRole("figure", { name: vi.pane.results.gradeChart }) ??
          screen.queryByText(vi.pane.results.chartsUnavailable),
      ).not.toBeNull(),
    SLOW,
  );
  expect(screen.queryByText(vi.pane.results.chartsUnavailable)).toBeNull();

  const admitted = "TD_B02_private_members_admitted";
  const founded = "TD_B02_fdi_unions_founded";
  const weekOneFigures = [figure(excel, admitted), figure(excel, founded)];
  expect(weekOneFigures).toEqual([
    sumOf(["P01", "P02", "P03"], admitted),
    sumOf(["P01", "P02", "P03"], founded),
  ]);
  const weekOne = sheetsInUse(excel.book);
  expect(weekOne[0]).toBe(OWN);

  // The next Monday: P04's report has come in; the officer notes it on the sheet and rolls up again.
  excel.book.sheet(OWN).set({ A5: "P04", B5: "11/7", D2: { formula: "COUNTA(A2:A10)", value: 4 } });
  await pick(user, ["P04"]);
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  await waitFor(() => expect(screen.queryByText(vi.pane.rollup.writing)).toBeNull(), SLOW);
  expect(await screen.findByText(vi.pane.rollup.written, {}, SLOW)).toBeTruthy();
  expect(sheetsInUse(excel.book)).toEqual(weekOne);
  expect(excel.book.sheet(OWN).content("A5")).toBe("P04");
  expect(excel.book.sheet(OWN).content("D2")).toBe("=COUNTA(A2:A10)");
  expect([figure(excel, admitted), figure(excel, founded)]).toEqual([
    sumOf(UNITS, admitted),
    sumOf(UNITS, founded),
  ]);

  // The undo gives back the first week's summary whole, the officer's sheet as it is now.
  await user.click(await screen.findByRole("button", { name: vi.undoWrite.summary }, SLOW));
  expect(await screen.findByText(vi.undoWrite.done, {}, SLOW)).toBeTruthy();
  expect([figure(excel, admitted), figure(excel, founded)]).toEqual(weekOneFigures);
  expect(sheetsInUse(excel.book)).toEqual(weekOne);
  expect(excel.book.sheet(OWN).content("A5")).toBe("P04");

  // The officer starts next year's campaign plan in the same workbook: the summary and the own sheet stay.
  await user.click(screen.getByRole("link", { name: vi.pane.tabs.templates }));
  const year = await screen.findByRole("spinbutton", { name: vi.pane.campaign.year }, SLOW);
  await user.clear(year);
  await user.type(year, "2026");
  await user.click(screen.getByRole("button", { name: vi.pane.campaign.createInsert }));
  expect(await screen.findByText(vi.pane.campaign.created.replace("{year}", "2026"), {}, SLOW)).toBeTruthy();
  const withPlan = sheetsInUse(excel.book);
  expect(withPlan.slice(0, weekOne.length)).toEqual(weekOne);
  expect(withPlan).toContain("Đơn vị");
  expect([figure(excel, admitted), figure(excel, founded)]).toEqual(weekOneFigures);
  expect(excel.book.sheet(OWN).content("A5")).toBe("P04");
});

// A write Excel answers at once ended before the pane drew it begun: the undo, asked again only when
// "writing" changed, was never offered for the summary just written.
it("offers to undo a summary whose write ended before the pane drew it begun", async () => {
  let last: UndoableWrite | undefined;
  const host: WorkbookHost = {
    kind: "excel",
    insertReport: async () => ({ sheets: [] }),
    summaryOutput: "plan",
    writeSummary: async () => void (last = { kind: "summary", undo: false }),
    live: liveWorkbook({ lastWrite: async () => last }),
  };
  await renderApp(host, inProcessJobs, "rollup");
  const user = userEvent.setup();
  await user.type(screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ }), "LDLD_T");
  await user.type(screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }), "LĐLĐ tỉnh");
  await pick(user, ["P01"]);
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(await screen.findByText(vi.pane.rollup.written, {}, SLOW)).toBeTruthy();
  expect(await screen.findByRole("button", { name: vi.undoWrite.summary }, SLOW)).toBeTruthy();
});
