/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { en, vi } from "../../src/core/vocabulary";
import { createExcelHost } from "../../src/excel";
import { installFakeExcel } from "../excel/fakes/fake-excel";
import { noJobs, renderApp } from "./render-app";

const SLOW = { timeout: 10_000 };

describe.each([
  ["vi", vi],
  ["en", en],
] as const)("in %s, checking an open workbook that is no report", (lang, words) => {
  it("says its counts without a name before them", async () => {
    installFakeExcel().book.sheet("Sheet1").set({ A1: "Tên", B1: 5 });
    await renderApp(createExcelHost(), noJobs, "validate", lang);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: words.pane.validate.run }));
    const title = await screen.findByText(words.pane.validate.notReady.replace("{errors}", "1"), {}, SLOW);
    const verdict = title.parentElement!.textContent!.slice(title.textContent!.length);
    expect(verdict).not.toMatch(/^\s*:/);
  });

  it("offers no marking when no error has a cell to mark", async () => {
    installFakeExcel().book.sheet("Sheet1").set({ A1: "Tên", B1: 5 });
    await renderApp(createExcelHost(), noJobs, "validate", lang);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: words.pane.validate.run }));
    await screen.findByText(words.pane.validate.notReady.replace("{errors}", "1"), {}, SLOW);
    // Enabled, the button would do nothing at all when clicked.
    expect(screen.getByRole("button", { name: words.pane.validate.mark })).toHaveProperty("disabled", true);
  });
});
