/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { extract, type Finding } from "../../src/core";
import type { WorkbookHost } from "../../src/host/workbook-host";
import { faultyOpenReport } from "./faulty-open-report";
import { reportFile } from "./files";
import { inProcessJobs } from "./in-process-jobs";
import { noJobs, renderApp } from "./render-app";
import { liveWorkbook } from "./live-workbook";

const fileHost: WorkbookHost = {
  kind: "file",
  insertReport: async () => ({ sheets: [] }),
  summaryOutput: "plan",
  writeSummary: async () => undefined,
};

describe("Kiểm tra", () => {
  it("validates uploaded files: counts first, the worst file first, each file's errors with their cells", async () => {
    const user = userEvent.setup();
    await renderApp(fileHost, inProcessJobs, "validate");
    const good = await reportFile("P01", 1);
    const bad = await reportFile("P02", 2, { TD_B02_private_members_admitted: "1.250" });
    expect(screen.getByText(/Kéo thả tệp vào đây/)).toBeTruthy();
    await user.upload(screen.getByTestId("validate-files"), [good, bad]);
    const headline = await screen.findByRole("region", { name: "Cần xử lý" }, { timeout: 10_000 });
    expect(headline.textContent).toContain("Đã kiểm tra 2 tệp");
    expect(headline.textContent).toContain("Sẵn sàng gửi: 1");
    expect(headline.textContent).toContain("Còn lỗi: 1");
    const rows = within(screen.getByRole("grid", { name: "Các tệp đã kiểm tra" }))
      .getAllByRole("row")
      .slice(1);
    expect(rows.map((r) => r.textContent!.slice(0, 8))).toEqual(["P02.xlsx", "P01.xlsx"]);
    await user.click(rows[0]!);
    expect(document.activeElement).toBe(rows[0]);
    expect(screen.getByText("Chưa thể gửi: còn 1 lỗi.")).toBeTruthy();
    // The unit and its period as the forms name them, not the period's code (2025-D1).
    expect(
      screen.getByText(
        /^P02\.xlsx — .+ \(P02\), Đợt 1 năm 2025 \(01\/01\/2025 – 30\/6\/2025\): 1 lỗi, 0 cảnh báo\.$/,
      ),
    ).toBeTruthy();
    const finding = screen.getByText(/số "1.250" được lưu dưới dạng văn bản/);
    expect(finding.closest("li")!.textContent).toContain("E11");
    expect(finding.closest("section[aria-label='Biểu 02']")).toBeTruthy();
    rows[1]!.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByText(/P01\.xlsx — .*: 0 lỗi, 0 cảnh báo\./)).toBeTruthy();
    // Copied or read aloud, the verdict and the file name are two words, not "gửiP01.xlsx".
    expect(screen.getByRole("region", { name: "P01.xlsx" }).textContent).toMatch(
      /^Sẵn sàng gửi P01\.xlsx — /,
    );
    expect(screen.queryByText("Chưa thể gửi: còn 1 lỗi.")).toBeNull();
  });

  it("shows received file names by the display rule: no bidi override, zero-width or line break drawn", async () => {
    const user = userEvent.setup();
    await renderApp(fileHost, inProcessJobs, "validate");
    const bytes = await (await reportFile("P01", 1)).arrayBuffer();
    const names = ["U0034\u202excod.xlsx", "U0033\n✓ U0099.xlsx: đã tổng hợp.xlsx", "U0037\u200b.xlsx"];
    await user.upload(
      screen.getByTestId("validate-files"),
      names.map((name) => new File([bytes], name)),
    );
    const grid = await screen.findByRole("grid", { name: "Các tệp đã kiểm tra" }, { timeout: 10_000 });
    const text = grid.textContent!;
    for (const shown of ["U0034?xcod.xlsx", "U0033?✓ U0099.xlsx: đã tổng hợp.xlsx", "U0037?.xlsx"])
      expect(text).toContain(shown);
    for (const raw of ["\u202e", "\u200b", "\n"]) expect(document.body.textContent).not.toContain(raw);
  });

  it("in Excel, validates the open workbook, goes to a finding's cell and marks the errors", async () => {
    const user = userEvent.setup();
    const calls: string[] = [];
    let marked: readonly Finding[] = [];
    const live = liveWorkbook({
      readGrid: async () => faultyOpenReport(),
      readMeta: async () => extract(faultyOpenReport()).meta,
      selectCell: async (sheet, cell) => void calls.push(`${sheet}!${cell}`),
      markFindings: async (findings) => void (marked = findings),
      clearMarks: async () => void calls.push("clear"),
    });
    await renderApp({ ...fileHost, kind: "excel", live }, noJobs, "validate");
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
