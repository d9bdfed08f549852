/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultTargets, layoutReport, parsePeriod, TEMPLATE_IDS, type Finding } from "../../src/core";
import type { LiveWorkbook, WorkbookHost } from "../../src/host/workbook-host";
import { gridFromPlan } from "../support/plan-grid";
import { consistentFills } from "../support/reports";
import { reportFile } from "./files";
import { inProcessJobs } from "./in-process-jobs";
import { noJobs, renderApp } from "./render-app";

const fileHost: WorkbookHost = {
  kind: "file",
  insertReport: async () => ({ sheets: [] }),
  writeSummary: async () => undefined,
};

describe("Kiểm tra", () => {
  it("validates uploaded files: ready to submit, or every error with its cell", async () => {
    const user = userEvent.setup();
    renderApp(fileHost, inProcessJobs, "validate");
    const good = await reportFile("P01", 1);
    const bad = await reportFile("P02", 2, { TD_B02_private_members_admitted: "1.250" });
    await user.upload(screen.getByTestId("validate-files"), [good, bad]);
    expect(await screen.findByText("Sẵn sàng gửi", {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText("Chưa thể gửi: còn 1 lỗi.")).toBeTruthy();
    const finding = screen.getByText(/số "1.250" được lưu dạng chữ/);
    expect(finding.closest("li")!.textContent).toContain("E11");
    expect(finding.closest("section[aria-label='Biểu 02']")).toBeTruthy();
  });

  it("in Excel, validates the open workbook, goes to a finding's cell and marks the errors", async () => {
    const user = userEvent.setup();
    const plan = layoutReport({
      unit: { code: "P03", name: "Công đoàn P03" },
      period: parsePeriod("2025-D1")!,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
    });
    const fills = { ...consistentFills(TEMPLATE_IDS, 3), TD_B01_state_cla_signed: 10_000 };
    const calls: string[] = [];
    let marked: readonly Finding[] = [];
    const live: LiveWorkbook = {
      readGrid: async () => gridFromPlan(plan, { fills, stripCached: true }),
      selectCell: async (sheet, cell) => void calls.push(`${sheet}!${cell}`),
      markFindings: async (findings) => void (marked = findings),
      clearMarks: async () => void calls.push("clear"),
    };
    renderApp({ ...fileHost, kind: "excel", live }, noJobs, "validate");
    await user.click(screen.getByRole("button", { name: "Kiểm tra tệp Excel đang mở" }));
    await user.click(await screen.findByRole("button", { name: "Đến ô Biểu 01!D9" }));
    await user.click(screen.getByRole("button", { name: "Đánh dấu ô lỗi" }));
    await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    await waitFor(() => expect(calls).toEqual(["Biểu 01!D9", "clear"]));
    expect(marked.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual(
      expect.arrayContaining(["D9"]),
    );
  });
});
