/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { extract, validate, type WorkbookPlan } from "../../src/core";
import { vi, WORDS } from "../../src/core/vocabulary";
import { asHostError } from "../../src/host/error-text";
import { excelError } from "../excel/fakes/excel-error";
import type { WorkbookHost } from "../../src/host/workbook-host";
import { gridFromPlan } from "../support/plan-grid";
import { noJobs, renderApp } from "./render-app";
import { reportHoldingHost } from "./report-holding-host";

function recordingHost(kind: "excel" | "file" = "file") {
  const inserted: { plan: WorkbookPlan; fileName: string }[] = [];
  const host: WorkbookHost = {
    kind,
    insertReport: async (plan, fileName) => {
      inserted.push({ plan, fileName });
      return { sheets: plan.sheets.filter((s) => s.visibility === "visible").map((s) => s.name) };
    },
    summaryOutput: "plan",
    writeSummary: async () => undefined,
  };
  return { host, inserted };
}

describe("Biểu mẫu", () => {
  it("builds the plan of the chosen templates, unit, period and targets", async () => {
    const user = userEvent.setup();
    const { host, inserted } = recordingHost("excel");
    await renderApp(host, noJobs);
    await user.click(screen.getByRole("checkbox", { name: /Biểu 03/ }));
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị$/ }), "P07");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Công đoàn xã Lộc Ninh");
    await user.clear(screen.getByRole("spinbutton", { name: "Năm" }));
    await user.type(screen.getByRole("spinbutton", { name: "Năm" }), "2025");
    await user.click(screen.getByRole("radio", { name: /Đợt 2/ }));
    await user.type(screen.getByRole("textbox", { name: /Kết nạp đoàn viên mới/ }), "120");
    const initiatives = screen.getByRole("textbox", { name: /sáng kiến/ });
    await user.clear(initiatives);
    await user.type(initiatives, "-");
    await user.click(screen.getByRole("button", { name: "Chèn biểu mẫu" }));

    await waitFor(() => expect(inserted).toHaveLength(1));
    const { plan, fileName } = inserted[0]!;
    expect(fileName).toBe("P07-2025-D2.xlsx");
    expect(plan.sheets.map((s) => s.name)).toEqual(["Biểu 01", "Biểu 02", "Biểu 04", "Kiểm tra", "TD_META"]);
    const report = extract(gridFromPlan(plan)).report!;
    expect(report.unit).toMatchObject({ code: "P07", name: "Công đoàn xã Lộc Ninh", kind: "commune" });
    expect(report.period.id).toBe("2025-D2");
    expect(report.targets).toMatchObject({
      B01_nonstate_cla_rate: 0.7,
      B02_members_admitted: 120,
      B02_unions_founded: null,
      B04_initiative_rate: null,
    });
    // "-" as in the campaign's targets table: the form says Không áp dụng.
    expect(report.notApplicable).toEqual(new Set(["B04_initiative_rate"]));
    // A new template: nothing wrong but the required figures still to be filled in.
    const errors = validate(extract(gridFromPlan(plan))).filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((f) => f.rule !== "cell.required_blank")).toEqual([]);
    expect(await screen.findByText(/Đã chèn các trang: Biểu 01, Biểu 02, Biểu 04/)).toBeTruthy();
  });

  it("reads the words the forms print, typed as a target, as the target not applying to the unit", async () => {
    const user = userEvent.setup();
    const { host, inserted } = recordingHost();
    await renderApp(host, noJobs);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị$/ }), "P07");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Công đoàn xã Lộc Ninh");
    const initiatives = screen.getByRole("textbox", { name: /sáng kiến/ });
    await user.clear(initiatives);
    await user.type(initiatives, "Không áp dụng");
    await user.click(screen.getByRole("button", { name: "Tải xuống biểu mẫu" }));

    await waitFor(() => expect(inserted).toHaveLength(1));
    const report = extract(gridFromPlan(inserted[0]!.plan)).report!;
    expect(report.notApplicable).toEqual(new Set(["B04_initiative_rate"]));
    expect(report.targets["B04_initiative_rate"]).toBeNull();
  });

  it("refuses a bad unit code and a bad target with messages on their fields, inserting nothing", async () => {
    const user = userEvent.setup();
    const { host, inserted } = recordingHost();
    await renderApp(host, noJobs);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị$/ }), "P 07!");
    const target = screen.getByRole("textbox", { name: /DN ngoài nhà nước có công đoàn/ });
    await user.clear(target);
    await user.type(target, "bảy mươi");
    await user.click(screen.getByRole("button", { name: "Tải xuống biểu mẫu" }));
    expect(await screen.findByText(/Mã đơn vị chỉ gồm chữ, số/)).toBeTruthy();
    expect(screen.getByText("Giá trị không hợp lệ.")).toBeTruthy();
    expect(screen.getAllByText("Bắt buộc.")).toHaveLength(1);
    expect(inserted).toHaveLength(0);
  });

  it("asks for at least one template and a year it can read, inserting nothing until then", async () => {
    const user = userEvent.setup();
    const { host, inserted } = recordingHost();
    await renderApp(host, noJobs);
    for (const box of screen.getAllByRole("checkbox", { name: /^Biểu 0/ })) await user.click(box);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị$/ }), "P07");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Công đoàn P07");
    await user.clear(screen.getByRole("spinbutton", { name: "Năm" }));
    await user.click(screen.getByRole("button", { name: "Tải xuống biểu mẫu" }));
    expect(await screen.findByText(vi.pane.templates.noTemplate)).toBeTruthy();
    expect(screen.getByText(vi.pane.templates.invalidYear)).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: /Kết nạp đoàn viên mới/ })).toBeNull();

    await user.click(screen.getByRole("checkbox", { name: /Biểu 02/ }));
    await user.type(screen.getByRole("spinbutton", { name: "Năm" }), "2026");
    await user.click(screen.getByRole("button", { name: "Tải xuống biểu mẫu" }));
    expect(await screen.findByText("Đã tạo tệp P07-2026-D1.xlsx.")).toBeTruthy();
    expect(inserted.map((i) => i.plan.sheets.map((s) => s.name))).toEqual([
      ["Biểu 02", "Kiểm tra", "TD_META"],
    ]);
    expect(screen.queryByText(vi.pane.templates.noTemplate)).toBeNull();
  });

  it("asks before replacing a report the workbook holds, and replaces it only when told", async () => {
    const user = userEvent.setup();
    const { host, calls } = reportHoldingHost("P01 – Công đoàn P01");
    const replaced = () => calls.map((c) => c.replace);
    await renderApp(host, noJobs);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị$/ }), "P07");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Công đoàn P07");
    await user.click(screen.getByRole("button", { name: "Chèn biểu mẫu" }));

    const question = await screen.findByRole("alert");
    expect(question.textContent).toContain(
      "Tệp Excel này đã có báo cáo của P01 – Công đoàn P01, kỳ Đợt 1 năm 2025",
    );
    expect(question.textContent).toContain(WORDS.officeErrors.replaceQuestion.vi);
    await user.click(screen.getByRole("button", { name: WORDS.officeErrors.keep.vi }));
    expect(await screen.findByText(WORDS.officeErrors.kept.vi)).toBeTruthy();
    expect(replaced()).toEqual([false]);

    await user.click(screen.getByRole("button", { name: "Chèn biểu mẫu" }));
    await user.click(await screen.findByRole("button", { name: WORDS.officeErrors.replace.vi }));
    expect(await screen.findByText(/Đã chèn các trang: Biểu 01/)).toBeTruthy();
    expect(replaced()).toEqual([false, false, true]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows what to do, never the error's own text, when inserting fails", async () => {
    const user = userEvent.setup();
    const host: WorkbookHost = {
      ...recordingHost("excel").host,
      insertReport: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
      },
    };
    await renderApp(host, noJobs);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị$/ }), "P07");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Công đoàn P07");
    await user.click(screen.getByRole("button", { name: "Chèn biểu mẫu" }));
    expect(await screen.findByText(vi.officeErrors.unexpected)).toBeTruthy();
    expect(screen.queryByText(/Cannot read properties/)).toBeNull();
  });

  it("shows an Excel error's code small, under what to do, for whoever supports the user", async () => {
    const user = userEvent.setup();
    const host: WorkbookHost = {
      ...recordingHost("excel").host,
      insertReport: async () => {
        throw asHostError(excelError("InactiveWorkbook: the workbook is not active"));
      },
    };
    await renderApp(host, noJobs);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị$/ }), "P07");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị/ }), "Công đoàn P07");
    await user.click(screen.getByRole("button", { name: "Chèn biểu mẫu" }));
    const status = await screen.findByText(vi.officeErrors.inactiveWorkbook);
    expect(status.textContent).toContain("Mã lỗi (cho người hỗ trợ): InactiveWorkbook");
    expect(screen.queryByText(/is not active/)).toBeNull();
  });

  it("speaks English when the host asks for it", async () => {
    await renderApp(recordingHost().host, noJobs, "templates", "en");
    expect(screen.getByRole("link", { name: "Roll up" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download template" })).toBeTruthy();
  });
});

describe("Biểu mẫu for a period before the 2025 reform", () => {
  it("offers a district federation as plain LĐLĐ huyện, and with its qualifier for a period after", async () => {
    const user = userEvent.setup();
    await renderApp(recordingHost().host, noJobs);
    const year = screen.getByRole("spinbutton", { name: "Năm" });
    await user.clear(year);
    await user.type(year, "2017");
    expect(screen.getByRole("option", { name: "LĐLĐ huyện" })).toBeTruthy();
    await user.clear(year);
    await user.type(year, "2026");
    expect(screen.getByRole("option", { name: "LĐLĐ huyện (trước 01/7/2025)" })).toBeTruthy();
  });
});
