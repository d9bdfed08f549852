/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { extract, validate } from "../../src/core";
import { vi } from "../../src/core/vocabulary";
import { createExcelHost } from "../../src/excel";
import { MARK_FORMULA } from "../../src/excel/findings";
import { reportInExcel } from "../excel/support/report-in-excel";
import { noJobs, renderApp } from "./render-app";

const SLOW = { timeout: 10_000 };

it("takes its marks off the cells a clerk fixed when the workbook is checked again", async () => {
  const excel = await reportInExcel();
  const host = createExcelHost();
  const marks = () =>
    excel.book.sheets.flatMap((s) => s.conditionalFormats).filter((c) => c.formula === MARK_FORMULA).length;
  const form = excel.book.sheet("Biểu 02");
  const typed = form.content("E11");
  form.enter("E11", -5);
  await renderApp(host, noJobs, "validate");
  const user = userEvent.setup();
  const check = screen.getByRole("button", { name: vi.pane.validate.run });
  await user.click(check);
  await user.click(await screen.findByRole("button", { name: vi.pane.validate.mark }, SLOW));
  await waitFor(() => expect(marks()).toBeGreaterThan(0), SLOW);

  form.enter("E11", typed);
  expect(validate(extract(await host.live!.readGrid())).filter((f) => f.severity === "error")).toEqual([]);
  await user.click(check);
  expect(await screen.findByText(vi.pane.validate.ready, {}, SLOW)).toBeTruthy();
  // "Sẵn sàng gửi" beside cells still marked red would send the clerk looking for errors that are gone.
  await waitFor(() => expect(marks()).toBe(0), SLOW);
});

// With the views kept, Kiểm tra came back from Biểu mẫu with the list of the check made before: errors the
// clerk has since fixed in the workbook (or cells of a report inserted over it) still listed.
it("checks the open workbook again when its view is shown again", async () => {
  const excel = await reportInExcel();
  const host = createExcelHost();
  const form = excel.book.sheet("Biểu 02");
  const typed = form.content("E11");
  form.enter("E11", -5);
  await renderApp(host, noJobs, "validate");
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: vi.pane.validate.run }));
  expect(await screen.findByRole("button", { name: vi.pane.validate.mark }, SLOW)).toBeTruthy();

  await user.click(screen.getByRole("link", { name: vi.pane.tabs.templates }));
  form.enter("E11", typed);
  await user.click(screen.getByRole("link", { name: vi.pane.tabs.validate }));
  expect(await screen.findByText(vi.pane.validate.ready, {}, SLOW)).toBeTruthy();
});
