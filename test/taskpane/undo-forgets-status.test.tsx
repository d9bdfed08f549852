/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "../../src/core/vocabulary";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel } from "../excel/fakes/fake-excel";
import { noJobs, renderApp } from "./render-app";

const SLOW = { timeout: 10_000 };

it("no longer says the template's sheets were inserted once the insert is undone", async () => {
  installFakeExcel();
  await renderApp(createExcelHost(), noJobs, "templates");
  const user = userEvent.setup();
  const t = vi.pane.templates;
  await user.type(screen.getByRole("textbox", { name: new RegExp(`${t.unitCode}$`) }), "P07");
  await user.type(screen.getByRole("textbox", { name: new RegExp(t.unitName) }), "Công đoàn P07");
  await user.click(screen.getByRole("button", { name: t.insert }));
  const inserted = /Đã chèn các trang: Biểu 01/;
  expect(await screen.findByText(inserted, {}, SLOW)).toBeTruthy();
  await user.click(await screen.findByRole("button", { name: vi.undoWrite.report }, SLOW));
  expect(await screen.findByText(vi.undoWrite.done, {}, SLOW)).toBeTruthy();
  // The sheets it names are gone from the workbook: saying they were inserted would send the clerk to them.
  await waitFor(() => expect(screen.queryByText(inserted)).toBeNull(), SLOW);
});

it("puts away the question of replacing a report once an undo has taken that report away", async () => {
  installFakeExcel();
  await renderApp(createExcelHost(), noJobs, "templates");
  const user = userEvent.setup();
  const t = vi.pane.templates;
  const code = screen.getByRole("textbox", { name: new RegExp(`${t.unitCode}$`) });
  await user.type(code, "P07");
  await user.type(screen.getByRole("textbox", { name: new RegExp(t.unitName) }), "Công đoàn P07");
  await user.click(screen.getByRole("button", { name: t.insert }));
  expect(await screen.findByText(/Đã chèn các trang: Biểu 01/, {}, SLOW)).toBeTruthy();
  await user.clear(code);
  await user.type(code, "P08");
  await user.click(screen.getByRole("button", { name: t.insert }));
  const replace = { name: "Thay báo cáo cũ" };
  expect(await screen.findByRole("button", replace, SLOW)).toBeTruthy();

  // The undo takes P07's report out: a question naming it would ask about a report no longer there.
  await user.click(screen.getByRole("button", { name: vi.undoWrite.report }));
  expect(await screen.findByText(vi.undoWrite.done, {}, SLOW)).toBeTruthy();
  expect(screen.queryByRole("button", replace)).toBeNull();
  await user.click(screen.getByRole("button", { name: t.insert }));
  expect(await screen.findByText(/Đã chèn các trang: Biểu 01/, {}, SLOW)).toBeTruthy();
  expect(screen.queryByRole("button", replace)).toBeNull();
});
