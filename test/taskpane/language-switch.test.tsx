/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { en, vi } from "../../src/core/vocabulary";
import type { WorkbookHost } from "../../src/host/workbook-host";
import { reportFile } from "./files";
import { inProcessJobs } from "./in-process-jobs";
import { noJobs, renderApp } from "./render-app";

const host = (kind: "file" | "excel"): WorkbookHost => ({
  kind,
  insertReport: async () => ({ sheets: [] }),
  summaryOutput: "plan",
  writeSummary: async () => undefined,
});

describe("the page's language", () => {
  it("switches to English and back, the file checked and its findings kept, now in the other language", async () => {
    const user = userEvent.setup();
    await renderApp(host("file"), inProcessJobs, "validate");
    const bad = await reportFile("P02", 2, { TD_B02_private_members_admitted: "1.250" });
    await user.upload(screen.getByTestId("validate-files"), [bad]);
    expect(
      await screen.findByText(/số "1.250" được lưu dưới dạng văn bản/, {}, { timeout: 10_000 }),
    ).toBeTruthy();

    await user.click(screen.getByRole("button", { name: vi.pane.otherLanguageLabel }));
    expect(screen.getByRole("link", { name: en.pane.tabs.rollup })).toBeTruthy();
    expect(screen.getByText(/"1.250" is a number stored as text/)).toBeTruthy();
    expect(screen.queryByText(/được lưu dưới dạng văn bản/)).toBeNull();

    await user.click(screen.getByRole("button", { name: en.pane.otherLanguageLabel }));
    expect(screen.getByRole("link", { name: vi.pane.tabs.rollup })).toBeTruthy();
    expect(screen.getByText(/số "1.250" được lưu dưới dạng văn bản/)).toBeTruthy();
  });

  it("is Office's in Excel: no switch there", async () => {
    await renderApp(host("excel"), noJobs, "templates", "en");
    expect(screen.queryByRole("button", { name: en.pane.otherLanguageLabel })).toBeNull();
    expect(screen.getByRole("link", { name: en.pane.tabs.templates })).toBeTruthy();
  });
});
