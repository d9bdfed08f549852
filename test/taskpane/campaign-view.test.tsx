/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { unzipSync } from "fflate";
import {
  defaultCampaign,
  extract,
  layoutCampaign,
  type Assigned,
  type Campaign,
  type WorkbookPlan,
} from "../../src/core";
import { ReferencesWouldBreak } from "../../src/host/references-break";
import { CampaignExists } from "../../src/host/report-exists";
import type { WorkbookHost } from "../../src/host/workbook-host";
import { vi, WORDS } from "../../src/core/vocabulary";
import { readWorkbookGrid, writeWorkbookPlan } from "../../src/xlsx";
import { reportFile } from "./files";
import { inProcessJobs } from "./in-process-jobs";
import { renderApp } from "./render-app";
import { reportHoldingHost } from "./report-holding-host";

const campaign: Campaign = {
  ...defaultCampaign(2025, [
    { code: "P01", name: "Công đoàn P01", kind: "commune", bloc: "Cụm 1" },
    { code: "P02", name: "Công đoàn P02", kind: "commune", bloc: "Cụm 1" },
    { code: "H01", name: "LĐLĐ huyện cũ", kind: "district_legacy", bloc: "Cụm 2", validTo: "2025-06-30" },
  ]),
  assigned: new Map<string, Record<string, Assigned>>([["P02", { B02_members_admitted: 77 }]]),
};

async function campaignFile(plan: WorkbookPlan = layoutCampaign(campaign)) {
  return new File([(await writeWorkbookPlan(plan)) as BlobPart], "ke-hoach.xlsx");
}

function fileHost() {
  const zips: { files: { plan: WorkbookPlan; fileName: string }[]; zipName: string }[] = [];
  const summaries: WorkbookPlan[] = [];
  const host: WorkbookHost = {
    kind: "file",
    insertReport: async () => ({ sheets: [] }),
    summaryOutput: "plan",
    writeSummary: async (output) => void (output.kind === "plan" && summaries.push(output.plan)),
    downloadAll: async (files, zipName) => void zips.push({ files: [...files], zipName }),
  };
  return { host, zips, summaries };
}

// jsdom has no revokeObjectURL, and a download revokes its link ten seconds on, in whichever test runs then.
beforeAll(() => {
  URL.revokeObjectURL ??= () => undefined;
});

describe("Kế hoạch thi đua in the page", () => {
  it("reads a picked campaign and offers every unit's template of a period, each with its own targets", async () => {
    const user = userEvent.setup();
    const { host, zips } = fileHost();
    await renderApp(host, inProcessJobs, "templates");
    await user.upload(screen.getByTestId("campaign-file"), await campaignFile());
    await screen.findByText(/ke-hoach\.xlsx: 3 kỳ, 3 đơn vị, 2 cụm thi đua/);
    await user.selectOptions(screen.getByRole("combobox", { name: /Kỳ báo cáo/ }), "2025-D2");
    await user.click(screen.getByRole("button", { name: /Tải biểu mẫu cho mọi đơn vị/ }));
    await waitFor(() => expect(zips).toHaveLength(1));
    expect(zips[0]!.zipName).toBe("bieu-mau-2025-D2.zip");
    expect(zips[0]!.files.map((f) => f.fileName)).toEqual(["P01-2025-D2.xlsx", "P02-2025-D2.xlsx"]);
    const p02 = await writeWorkbookPlan(zips[0]!.files[1]!.plan);
    const meta = extract(readWorkbookGrid(p02, "P02.xlsx")).meta!;
    expect(meta.targets.get("B02_members_admitted")).toBe("77");
    expect(meta.periodDue).toBe("2026-01-15");
  });

  it("says, as campaign check does, that a scoring row's target is given to no unit", async () => {
    const user = userEvent.setup();
    await renderApp(fileHost().host, inProcessJobs, "templates");
    await user.upload(screen.getByTestId("campaign-file"), await campaignFile());
    await screen.findByText(/ke-hoach\.xlsx: 3 kỳ/);
    expect(
      await screen.findByText(
        /"Thành lập CĐCS mới \(chỉ tiêu giao\)" được 15 điểm nhưng không đơn vị nào được giao/,
      ),
    ).toBeTruthy();
  });

  it("in Excel, asks before a unit's template replaces the report the workbook holds", async () => {
    const user = userEvent.setup();
    const { host, calls } = reportHoldingHost("P09 – Công đoàn P09");
    await renderApp(host, inProcessJobs, "templates");
    await user.upload(screen.getByTestId("campaign-file"), await campaignFile());
    await screen.findByText(/ke-hoach\.xlsx: 3 kỳ/);
    await user.selectOptions(screen.getByRole("combobox", { name: /Kỳ báo cáo/ }), "2025-D2");
    await user.selectOptions(screen.getByRole("combobox", { name: /Đơn vị/ }), "P02");
    const insertUnit = screen.getByRole("button", { name: vi.pane.campaign.insertUnit });
    await user.click(insertUnit);
    const question = await screen.findByRole("alert");
    expect(question.textContent).toContain("P09 – Công đoàn P09");
    await user.click(screen.getByRole("button", { name: WORDS.officeErrors.replace.vi }));
    expect(await screen.findByText(/Đã chèn các trang: Biểu 01/)).toBeTruthy();
    expect(calls).toEqual([
      { fileName: "P02-2025-D2.xlsx", replace: false },
      { fileName: "P02-2025-D2.xlsx", replace: true },
    ]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("makes the default campaign of the year typed, and refuses a year out of range", async () => {
    const user = userEvent.setup();
    const inserted: { plan: WorkbookPlan; fileName: string }[] = [];
    const host: WorkbookHost = {
      ...fileHost().host,
      insertReport: async (plan, fileName) => (inserted.push({ plan, fileName }), { sheets: [] }),
    };
    await renderApp(host, inProcessJobs, "templates");
    const year = screen.getByRole("spinbutton", { name: vi.pane.campaign.year });
    const create = screen.getByRole("button", { name: vi.pane.campaign.createDownload });
    await user.clear(year);
    await user.type(year, "1999");
    await user.click(create);
    expect(await screen.findByText(vi.pane.templates.invalidYear)).toBeTruthy();
    expect(inserted).toEqual([]);

    await user.clear(year);
    await user.type(year, "2027");
    await user.click(create);
    expect(await screen.findByText("Đã tạo kế hoạch thi đua năm 2027.")).toBeTruthy();
    expect(inserted.map((i) => i.fileName)).toEqual(["ke-hoach-thi-dua-2027.xlsx"]);
    const tables = inserted[0]!.plan.sheets.flatMap((s) => s.tables ?? []).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(["TD_Periods", "TD_Units", "TD_Targets"]));
  });

  it("in Excel, asks before a new default campaign replaces the one the workbook holds", async () => {
    const user = userEvent.setup();
    const asked: boolean[] = [];
    const { host: base } = reportHoldingHost("P09 – Công đoàn P09");
    const host: WorkbookHost = {
      ...base,
      insertReport: async (_plan, _name, options) => {
        asked.push(options?.replace ?? false);
        if (!options?.replace) throw new CampaignExists(["Hướng dẫn", "Kỳ báo cáo"]);
        return { sheets: ["Hướng dẫn", "Kỳ báo cáo"] };
      },
    };
    await renderApp(host, inProcessJobs, "templates");
    await user.click(screen.getByRole("button", { name: vi.pane.campaign.createInsert }));
    const question = await screen.findByRole("alert");
    expect(question.textContent).toContain("đã có một kế hoạch thi đua (trang tính Hướng dẫn, Kỳ báo cáo)");
    expect(question.textContent).toContain("Thay kế hoạch đó bằng kế hoạch mới?");
    await user.click(within(question).getByRole("button", { name: "Thay kế hoạch cũ" }));
    expect(await screen.findByText(/Đã tạo kế hoạch thi đua năm \d{4}\./)).toBeTruthy();
    expect(asked).toEqual([false, true]);
  });

  it("in Excel, asks again before the replaced campaign's sheets break the user's own lists", async () => {
    const user = userEvent.setup();
    const asked: unknown[] = [];
    const { host: base } = reportHoldingHost("P09 – Công đoàn P09");
    const host: WorkbookHost = {
      ...base,
      insertReport: async (_plan, _name, options) => {
        asked.push({ ...options });
        if (!options?.replace) throw new CampaignExists(["Hướng dẫn"]);
        if (!options.breakReferences)
          throw new ReferencesWouldBreak({
            sheets: ["Hướng dẫn"],
            places: [{ vi: "Của tôi!B2:B9 (danh sách thả xuống)", en: "Của tôi!B2:B9 (drop-down list)" }],
            unchecked: [],
            replacing: "campaign",
          });
        return { sheets: ["Hướng dẫn"] };
      },
    };
    await renderApp(host, inProcessJobs, "templates");
    await user.click(screen.getByRole("button", { name: vi.pane.campaign.createInsert }));
    await user.click(
      within(await screen.findByRole("alert")).getByRole("button", { name: "Thay kế hoạch cũ" }),
    );
    const question = await screen.findByRole("alert");
    await waitFor(() => expect(question.textContent).toContain("Của tôi!B2:B9 (danh sách thả xuống)"));
    expect(question.textContent).toContain(WORDS.officeErrors.referencesQuestion.vi);
    await user.click(within(question).getByRole("button", { name: WORDS.officeErrors.replaceAnyway.vi }));
    expect(await screen.findByText(/Đã tạo kế hoạch thi đua năm \d{4}\./)).toBeTruthy();
    expect(asked).toEqual([{ replace: false }, { replace: true }, { replace: true, breakReferences: true }]);
  });

  it("tells what to do, never the error's own text, when a unit's template cannot be inserted", async () => {
    const user = userEvent.setup();
    const host: WorkbookHost = {
      ...fileHost().host,
      kind: "excel",
      insertReport: async () => {
        throw Object.assign(new Error("The cell is being edited"), {
          code: "InvalidOperationInCellEditMode",
        });
      },
    };
    await renderApp(host, inProcessJobs, "templates");
    await user.upload(screen.getByTestId("campaign-file"), await campaignFile());
    await screen.findByText(/ke-hoach\.xlsx: 3 kỳ/);
    await user.click(screen.getByRole("button", { name: vi.pane.campaign.insertUnit }));
    expect(await screen.findByText(WORDS.officeErrors.cellEditMode.vi)).toBeTruthy();
    expect(screen.queryByText(/being edited/)).toBeNull();
  });

  it("zips what the file host is given, one workbook per unit", async () => {
    const { createFileHost } = await import("../../src/taskpane/host/file-host");
    const clicks: Blob[] = [];
    const created = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (clicks.push(blob), "blob:x");
    try {
      await createFileHost().downloadAll!([{ plan: layoutCampaign(campaign), fileName: "a.xlsx" }], "x.zip");
    } finally {
      URL.createObjectURL = created;
    }
    const entries = unzipSync(new Uint8Array(await clicks[0]!.arrayBuffer()));
    expect(Object.keys(entries)).toEqual(["a.xlsx"]);
    expect(readWorkbookGrid(entries["a.xlsx"]!, "a.xlsx").tables!.map((t) => t.name)).toContain("TD_Periods");
  });

  it("shows where a campaign workbook is wrong", async () => {
    const user = userEvent.setup();
    await renderApp(fileHost().host, inProcessJobs, "templates");
    const bad = layoutCampaign({
      ...campaign,
      grades: [
        { grade: "A", minScore: 10 },
        { grade: "B", minScore: 90 },
      ],
    });
    await user.upload(screen.getByTestId("campaign-file"), await campaignFile(bad));
    await screen.findByText(/Bảng chấm điểm!G6 — /);
    expect(screen.getByRole("status").textContent).toContain("có lỗi");
    // How many problems there are comes first, then the problems, errors before warnings.
    expect(screen.getByText(/^\d+ lỗi, \d+ cảnh báo$/).textContent).toMatch(/^[1-9]\d* lỗi/);
    const listed = within(screen.getByRole("list", { name: vi.pane.campaign.heading })).getAllByRole(
      "listitem",
    );
    expect(listed[0]!.textContent).toContain("Bảng chấm điểm!G6");
  });

  it("rolls up against a picked campaign: its periods, scores, grades and ranks in blocs", async () => {
    const user = userEvent.setup();
    const { host } = fileHost();
    await renderApp(host, inProcessJobs, "rollup");
    await user.upload(screen.getByTestId("rollup-files"), [
      await reportFile("P01", 1),
      await reportFile("P02", 2),
    ]);
    await user.upload(screen.getByTestId("rollup-campaign"), await campaignFile());
    await waitFor(() => expect(screen.getByRole("option", { name: /Đợt 1 năm 2025/ })).toBeTruthy());
    await user.selectOptions(screen.getByRole("combobox", { name: /Kỳ tổng hợp/ }), "2025-D1");
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ }), "LDLD_T");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }), "LĐLĐ tỉnh");
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    const table = await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" });
    expect(table.textContent).toMatch(/Điểm/);
    expect(table.textContent).toMatch(/Cụm 1/);
    expect(table.textContent).toMatch(/\d+(,\d+)?(Xuất sắc|Tốt|Khá|Trung bình|Yếu)/);
    expect(table.textContent).toMatch(/1 \/ 1/);
    expect(screen.getByText(/H01 — LĐLĐ huyện cũ/)).toBeTruthy();
  });
});

describe("the summarising unit of a picked campaign", () => {
  // Issue 64: the summary goes upward under the campaign's unit (TD_Parent), never a placeholder.
  it("fills the summary unit's code and name from the campaign, which staff may still change", async () => {
    const user = userEvent.setup();
    await renderApp(fileHost().host, inProcessJobs, "rollup");
    const code = screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ });
    const name = screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ });
    const parent = { code: "LDLD_T", name: "Liên đoàn Lao động tỉnh Thử" };
    await user.upload(screen.getByTestId("rollup-campaign"), await campaignFile(layoutCampaign(campaign)));
    await waitFor(() => expect(screen.getByRole("option", { name: /Đợt 1 năm 2025/ })).toBeTruthy());
    expect([(code as HTMLInputElement).value, (name as HTMLInputElement).value]).toEqual(["", ""]);
    await user.type(code, "LDLD_X");
    await user.upload(
      screen.getByTestId("rollup-campaign"),
      await campaignFile(layoutCampaign({ ...campaign, parent })),
    );
    await waitFor(() => expect((name as HTMLInputElement).value).toBe(parent.name));
    expect((code as HTMLInputElement).value).toBe("LDLD_X");
  });
});

describe("one campaign for every view of the page", () => {
  it("downloads one unit's template alone, and serves the roll-up once picked on Biểu mẫu", async () => {
    const user = userEvent.setup();
    const inserted: { plan: WorkbookPlan; fileName: string }[] = [];
    const { host: base } = fileHost();
    const host: WorkbookHost = {
      ...base,
      insertReport: async (plan, fileName) => {
        inserted.push({ plan, fileName });
        return { sheets: [] };
      },
    };
    await renderApp(host, inProcessJobs, "templates");
    await user.upload(screen.getByTestId("campaign-file"), await campaignFile());
    await screen.findByText(/Kế hoạch thi đua đang dùng .*: ke-hoach\.xlsx/);
    await user.selectOptions(screen.getByRole("combobox", { name: /Kỳ báo cáo/ }), "2025-D2");
    await user.selectOptions(screen.getByRole("combobox", { name: /Đơn vị/ }), "P02");
    await user.click(screen.getByRole("button", { name: "Tải biểu mẫu của đơn vị (.xlsx)" }));
    await waitFor(() => expect(inserted).toHaveLength(1));
    expect(inserted[0]!.fileName).toBe("P02-2025-D2.xlsx");
    const meta = extract(readWorkbookGrid(await writeWorkbookPlan(inserted[0]!.plan), "P02.xlsx")).meta!;
    expect([meta.unitCode, meta.periodDue, meta.targets.get("B02_members_admitted")]).toEqual([
      "P02",
      "2026-01-15",
      "77",
    ]);

    await user.click(screen.getByRole("link", { name: "Tổng hợp" }));
    expect(screen.getByText("ke-hoach.xlsx")).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: /Kỳ tổng hợp/ }), "2025-D1");
    await user.upload(screen.getByTestId("rollup-files"), [await reportFile("P01", 1)]);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ }), "LDLD_T");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }), "LĐLĐ tỉnh");
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    const headline = await screen.findByRole("region", { name: "Cần xử lý" });
    // P01, P02 and H01 (until 30/6) must report Đợt 1: the campaign's units are the expected ones.
    expect(headline.textContent).toContain("Đã tổng hợp 1/3 đơn vị phải báo cáo");
    expect(headline.textContent).toContain("Thiếu báo cáo: 2");

    // The campaign can be cleared once the roll-up is over (its file is made just after the result shows).
    const clear = screen.getByRole("button", { name: "Bỏ chọn kế hoạch" }) as HTMLButtonElement;
    await waitFor(() => expect(clear.disabled).toBe(false));
    await user.click(clear);
    await waitFor(() => expect(screen.queryByText("ke-hoach.xlsx")).toBeNull());
    await user.click(screen.getByRole("link", { name: "Biểu mẫu" }));
    expect(screen.queryByText(/Kế hoạch thi đua đang dùng/)).toBeNull();
  });

  it("validates reports against the campaign picked: the due date, and a unit not in its list refused", async () => {
    const user = userEvent.setup();
    await renderApp(fileHost().host, inProcessJobs, "templates");
    await user.upload(screen.getByTestId("campaign-file"), await campaignFile());
    await screen.findByText(/Kế hoạch thi đua đang dùng .*: ke-hoach\.xlsx/);
    await user.click(screen.getByRole("link", { name: "Kiểm tra" }));
    expect(screen.getByText(/Đối chiếu cả với kế hoạch thi đua ke-hoach\.xlsx/)).toBeTruthy();
    await user.upload(screen.getByTestId("validate-files"), [
      await reportFile("P01", 1),
      await reportFile("X99", 2),
    ]);
    const headline = await screen.findByRole("region", { name: "Cần xử lý" }, { timeout: 10_000 });
    expect(headline.textContent).toContain("Sẵn sàng gửi: 1");
    expect(headline.textContent).toContain("Còn lỗi: 1");
    const rows = within(screen.getByRole("grid", { name: "Các tệp đã kiểm tra" })).getAllByRole("row");
    await user.click(rows.find((r) => r.textContent!.startsWith("X99.xlsx"))!);
    expect(screen.getByText(/X99 không có trong danh sách đơn vị của kế hoạch thi đua/)).toBeTruthy();
    await user.click(rows.find((r) => r.textContent!.startsWith("P01.xlsx"))!);
    // The templates view, kept hidden, shows the same due date beside its period.
    expect(within(screen.getByRole("main")).getByText(/Hạn nộp 15\/7\/2025/)).toBeTruthy();

    // Without a campaign only the figures are checked, and the view says so.
    await user.click(screen.getByRole("link", { name: "Biểu mẫu" }));
    await user.click(screen.getByRole("button", { name: "Bỏ chọn kế hoạch" }));
    await user.click(screen.getByRole("link", { name: "Kiểm tra" }));
    expect(screen.getByText(/Chưa chọn kế hoạch thi đua: chỉ kiểm tra số liệu trong tệp/)).toBeTruthy();
  });
});
