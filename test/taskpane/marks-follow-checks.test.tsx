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
