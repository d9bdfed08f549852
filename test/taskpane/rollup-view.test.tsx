/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  defaultTargets,
  extract,
  layoutReport,
  parsePeriod,
  TEMPLATE_IDS,
  type WorkbookGrid,
} from "../../src/core";
import { ReferencesWouldBreak } from "../../src/host/references-break";
import { HostError, type SummaryOutput, type WorkbookHost } from "../../src/host/workbook-host";
import { readWorkbookGrid } from "../../src/xlsx";
import type { JobResult } from "../../src/taskpane/worker/protocol";
import { JobCancelled, type StartJob } from "../../src/taskpane/worker/start-job";
import { gridFromPlan } from "../support/plan-grid";
import { reportFile } from "./files";
import { inProcessJobs } from "./in-process-jobs";
import { renderApp } from "./render-app";
import { liveWorkbook } from "./live-workbook";
import { WORDS } from "../../src/core/vocabulary";

function host(kind: "file" | "excel", openWorkbook: WorkbookGrid = { sheets: [], names: [] }) {
  const written: SummaryOutput[] = [];
  const value: WorkbookHost = {
    kind,
    insertReport: async () => ({ sheets: [] }),
    // As the real hosts: the page takes the finished file, Excel the sheet plan.
    summaryOutput: kind === "file" ? "xlsx" : "plan",
    writeSummary: async (output) => void written.push(output),
    ...(kind === "excel"
      ? {
          live: liveWorkbook({
            readGrid: async () => openWorkbook,
            readMeta: async () => extract(openWorkbook).meta,
          }),
        }
      : {}),
  };
  return { host: value, written };
}

async function rollUp(files: File[], parent = "T01") {
  const user = userEvent.setup();
  await user.upload(screen.getByTestId("rollup-files"), files);
  await user.upload(
    screen.getByTestId("rollup-units"),
    new File(["code,name\nP01,Công đoàn P01\nP02,Công đoàn P02\nP03,Công đoàn P03\n"], "units.csv", {
      type: "text/csv",
    }),
  );
  await user.type(screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ }), parent);
  await user.type(screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }), `Đơn vị ${parent}`);
  await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
  return user;
}

describe("Tổng hợp", () => {
  it("rolls files up and lists units, missing and rejected files; the file host downloads on request", async () => {
    const { host: fileHost, written } = host("file");
    await renderApp(fileHost, inProcessJobs, "rollup");
    const user = await rollUp([
      await reportFile("P01", 1),
      await reportFile("P02", 2, { TD_B01_state_cla_signed: 99_999 }),
    ]);
    const missing = await screen.findByRole("list", { name: "Thiếu báo cáo" });
    expect(missing.textContent).toMatch(/P02 — Công đoàn P02 \(bị loại\).*P03 — Công đoàn P03/);
    expect(screen.getByRole("list", { name: "Tệp bị loại (lý do)" }).textContent).toContain(
      "P02.xlsx: Có 2 lỗi",
    );
    expect((await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" })).textContent).toMatch(
      /P01 · .*Công đoàn P01/,
    );
    expect(written).toHaveLength(0);
    // The tables show before the summary's workbook is written: the button waits for it, and on a busy
    // machine (CI running every tier at once) a click before then finds it disabled.
    const download = screen.getByRole<HTMLButtonElement>("button", { name: "Tải xuống bảng tổng hợp" });
    await waitFor(() => expect(download.disabled).toBe(false));
    await user.click(download);
    await waitFor(() => expect(written).toHaveLength(1));
    const file = written[0]!;
    if (file.kind !== "xlsx") throw new Error("the page's host asked for the finished file");
    const names = readWorkbookGrid(file.bytes, "tong-hop.xlsx").names.map((n) => n.name);
    expect(names).toContain("TD_B01_total_cla_rate");
  });

  it("speaks of the summarising unit's level: toàn tỉnh by default, toàn huyện for a district federation", async () => {
    await renderApp(host("file").host, inProcessJobs, "rollup");
    const user = userEvent.setup();
    await user.selectOptions(
      screen.getByRole("combobox", { name: /Loại đơn vị tổng hợp/ }),
      "LĐLĐ huyện (trước 01/7/2025)",
    );
    await rollUp([await reportFile("P01", 1)]);
    expect(await screen.findByRole("heading", { name: /^Toàn huyện: đạt \d+\/\d+ chỉ tiêu$/ })).toBeDefined();
  });

  it("says toàn tỉnh where no kind is picked", async () => {
    await renderApp(host("file").host, inProcessJobs, "rollup");
    await rollUp([await reportFile("P01", 1)]);
    expect(await screen.findByRole("heading", { name: /^Toàn tỉnh: đạt \d+\/\d+ chỉ tiêu$/ })).toBeDefined();
  });

  it("in Excel, writes the summary into an empty workbook at once", async () => {
    const { host: excel, written } = host("excel");
    await renderApp(excel, inProcessJobs, "rollup");
    await rollUp([await reportFile("P01", 1)]);
    expect(await screen.findByText("Đã ghi bảng tổng hợp vào tệp Excel.")).toBeTruthy();
    expect(written).toHaveLength(1);
  });

  it("in Excel, writes again from the summary already made when a write fails, without rolling up again", async () => {
    const { host: excel, written } = host("excel");
    let refusals = 1;
    const failing: WorkbookHost = {
      ...excel,
      writeSummary: async (output, name) => {
        if (refusals-- > 0) throw new HostError(WORDS.officeErrors.general);
        await excel.writeSummary(output, name);
      },
    };
    let jobs = 0;
    const counting: StartJob = (request, progress, summary) => (
      jobs++,
      inProcessJobs(request, progress, summary)
    );
    await renderApp(failing, counting, "rollup");
    const user = await rollUp([await reportFile("P01", 1)]);
    expect(await screen.findByText(WORDS.officeErrors.general.vi)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Ghi lại vào Excel" }));
    expect(await screen.findByText("Đã ghi bảng tổng hợp vào tệp Excel.")).toBeTruthy();
    expect([written.length, jobs]).toEqual([1, 1]);
    expect(screen.queryByRole("button", { name: "Ghi lại vào Excel" })).toBeNull();
  });

  /** An Excel whose summary the user's formula Của tôi!A1 points at: it writes only when told to break it. */
  async function rollUpOverReferences() {
    const { host: excel, written } = host("excel");
    const guarded: WorkbookHost = {
      ...excel,
      writeSummary: async (output, name, options) => {
        if (!options?.breakReferences)
          throw new ReferencesWouldBreak({ sheets: ["Tổng hợp"], places: ["Của tôi!A1"], unchecked: [] });
        await excel.writeSummary(output, name);
      },
    };
    await renderApp(guarded, inProcessJobs, "rollup");
    const user = await rollUp([await reportFile("P01", 1)]);
    return { user, written, question: await screen.findByRole("alert") };
  }

  it("in Excel, says which of the user's formulas a new summary would break, and writes nothing unless told to", async () => {
    const { user, written, question } = await rollUpOverReferences();
    expect(question.textContent).toMatch(/1 công thức hoặc tên vùng \(Name\) của bạn .*#REF!: Của tôi!A1/);
    expect(question.textContent).toContain("tên vùng của ô (TD_…)");
    await user.click(within(question).getByRole("button", { name: "Không ghi" }));
    expect(await screen.findByText("Chưa ghi gì; bảng tổng hợp cũ giữ nguyên.")).toBeTruthy();
    expect(written).toHaveLength(0);
  });

  it("in Excel, breaks the user's formulas once told to", async () => {
    const { user, written, question } = await rollUpOverReferences();
    await user.click(within(question).getByRole("button", { name: /^Vẫn ghi/ }));
    expect(await screen.findByText("Đã ghi bảng tổng hợp vào tệp Excel.")).toBeTruthy();
    expect(written).toHaveLength(1);
  });

  it("in Excel, shows how far the write is and stops it when asked, the previous summary kept", async () => {
    const { host: excel } = host("excel");
    const stoppable: WorkbookHost = {
      ...excel,
      writeSummary: (_output, _name, options) =>
        new Promise((_, reject) => {
          options?.onProgress?.(2, 5);
          options?.signal?.addEventListener("abort", () =>
            reject(new HostError(WORDS.officeErrors.writeCancelled)),
          );
        }),
    };
    await renderApp(stoppable, inProcessJobs, "rollup");
    const user = await rollUp([await reportFile("P01", 1)]);
    expect(await screen.findByText("Đã ghi 2/5 trang")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Dừng ghi" }));
    expect(await screen.findByText(WORDS.officeErrors.writeCancelled.vi)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Dừng ghi" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Ghi lại vào Excel" })).toBeNull();
  });

  it("in Excel, asks before writing over another unit's report", async () => {
    const unitReport = layoutReport({
      unit: { code: "P09", name: "Công đoàn P09" },
      period: parsePeriod("2025-D1")!,
      templates: TEMPLATE_IDS,
      targets: defaultTargets(TEMPLATE_IDS),
    });
    const { host: excel, written } = host("excel", gridFromPlan(unitReport));
    await renderApp(excel, inProcessJobs, "rollup");
    const user = await rollUp([await reportFile("P01", 1)]);
    expect(await screen.findByText(/là báo cáo của Công đoàn P09 \(P09\)/)).toBeTruthy();
    expect(written).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Vẫn ghi vào tệp này" }));
    await waitFor(() => expect(written).toHaveLength(1));
  });

  /** A workbook holding unit T01's summary of a period, as a roll-up wrote it. */
  const summaryOf = (periodId: string) =>
    gridFromPlan(
      layoutReport({
        unit: { code: "T01", name: "Đơn vị T01" },
        period: parsePeriod(periodId)!,
        templates: TEMPLATE_IDS,
        targets: defaultTargets(TEMPLATE_IDS),
        rollupUnits: ["P01", "P02"],
      }),
    );

  it("in Excel, asks before replacing the unit's summary of another period, not the same period's", async () => {
    const { host: excel, written } = host("excel", summaryOf("2024-D2"));
    await renderApp(excel, inProcessJobs, "rollup");
    const user = await rollUp([await reportFile("P01", 1)]);
    const label = parsePeriod("2024-D2")!.label.vi;
    expect(
      await screen.findByText((text) => text.includes(`bảng tổng hợp của Đơn vị T01 (T01), ${label}`)),
    ).toBeTruthy();
    expect(written).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Vẫn ghi vào tệp này" }));
    await waitFor(() => expect(written).toHaveLength(1));
  });

  it("in Excel, writes over the same period's summary (made again) without asking", async () => {
    const { host: excel, written } = host("excel", summaryOf("2025-D1"));
    await renderApp(excel, inProcessJobs, "rollup");
    await rollUp([await reportFile("P01", 1)]);
    await waitFor(() => expect(written).toHaveLength(1));
    expect(screen.queryByRole("button", { name: "Vẫn ghi vào tệp này" })).toBeNull();
  });

  it("shows the result as soon as the summary is known, and offers the file once it is made", async () => {
    let finish: (() => void) | null = null;
    // The real processing, with the last message (the file) held back until the test lets it go.
    const heldJobs: StartJob = (request, onProgress, onSummary) => {
      let release: (result: JobResult) => void = () => undefined;
      const held = new Promise<JobResult>((resolve) => (release = resolve));
      void inProcessJobs(request, onProgress, onSummary).result.then((done) => {
        finish = () => release(done);
      });
      return { result: held, cancel: () => undefined };
    };
    const { host: fileHost, written } = host("file");
    await renderApp(fileHost, heldJobs, "rollup");
    const user = await rollUp([await reportFile("P01", 1)]);
    expect((await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" })).textContent).toMatch(
      /P01 · .*Công đoàn P01/,
    );
    expect(screen.getByText("Đang tạo tệp bảng tổng hợp…")).toBeTruthy();
    const download = screen.getByRole("button", { name: "Tải xuống bảng tổng hợp" });
    expect((download as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(finish).not.toBeNull());
    finish!();
    await waitFor(() => expect((download as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByText("Đang tạo tệp bảng tổng hợp…")).toBeNull();
    await user.click(download);
    expect(written).toHaveLength(1);
  });

  it("cancels a running roll-up", async () => {
    let cancelled = false;
    const slowJobs: StartJob = (_request, onProgress) => {
      let reject: (e: Error) => void = () => undefined;
      const result = new Promise<JobResult>((_, fail) => (reject = fail));
      onProgress({ done: 0, total: 1, file: "P01.xlsx" });
      return { result, cancel: () => ((cancelled = true), reject(new JobCancelled())) };
    };
    await renderApp(host("file").host, slowJobs, "rollup");
    const user = await rollUp([await reportFile("P01", 1)]);
    expect(await screen.findByText("Đang đọc tệp… P01.xlsx")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Hủy" }));
    expect(await screen.findByText("Đã hủy tổng hợp.")).toBeTruthy();
    expect(cancelled).toBe(true);
  });

  it("shows what must be acted on before the units; the units can be found, narrowed and sorted", async () => {
    await renderApp(host("file").host, inProcessJobs, "rollup");
    const user = await rollUp([await reportFile("P01", 1), await reportFile("P03", 3)]);
    const grid = await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" });
    const headline = screen.getByRole("region", { name: "Cần xử lý" });
    expect(headline.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(headline.textContent).toContain("Đã tổng hợp 2/3 đơn vị phải báo cáo");
    expect(headline.textContent).toContain("Thiếu báo cáo: 1");
    const rowCodes = () =>
      within(screen.getByRole("grid", { name: "Đơn vị đã tổng hợp" }))
        .getAllByRole("row")
        .slice(1)
        .map((row) => row.textContent!.slice(0, 3));
    const byCode = screen.getByRole("columnheader", { name: /Đơn vị/ });
    await user.click(within(byCode).getByRole("button"));
    expect(rowCodes()).toEqual(["P01", "P03"]);
    await user.click(within(byCode).getByRole("button"));
    expect(rowCodes()).toEqual(["P03", "P01"]);
    // aria-sort says the order the rows are in: ascending scores are the lowest first.
    const byScore = screen.getByRole("columnheader", { name: /Điểm/ });
    await user.click(within(byScore).getByRole("button"));
    expect(byScore.getAttribute("aria-sort")).toBe("ascending");
    const scores = () =>
      within(screen.getByRole("grid", { name: "Đơn vị đã tổng hợp" }))
        .getAllByRole("row")
        .slice(1)
        .map((row) =>
          Number(
            within(row)
              .getAllByRole("gridcell")[1]!
              .textContent!.replace(/[^\d,]/g, "")
              .replace(",", "."),
          ),
        );
    expect(scores()).toEqual([...scores()].sort((a, b) => a - b));
    await user.click(within(byScore).getByRole("button"));
    expect(byScore.getAttribute("aria-sort")).toBe("descending");
    expect(scores()).toEqual([...scores()].sort((a, b) => b - a));
    await user.type(screen.getByRole("searchbox", { name: /Tìm đơn vị/ }), "p03");
    expect(rowCodes()).toEqual(["P03"]);
    expect(screen.getByText("Đang hiện 1/2 đơn vị")).toBeTruthy();
    // The search's clear button is named in the page's language, where Fluent called it "clear" in every one.
    await user.click(screen.getByRole("button", { name: "Xóa nội dung tìm" }));
    expect(rowCodes().sort()).toEqual(["P01", "P03"]);
  });

  it("keeps the files refused, with their reasons, when no summary can be made", async () => {
    await renderApp(host("file").host, inProcessJobs, "rollup");
    await rollUp([await reportFile("P02", 2, { TD_B01_state_cla_signed: 99_999 })]);
    const rejected = await screen.findByRole("list", { name: "Tệp bị loại (lý do)" });
    expect(rejected.textContent).toContain("P02.xlsx: Có 2 lỗi");
    expect(screen.getByRole("status").textContent).not.toBe("");
  });
});

describe("Tổng hợp without what a summary needs", () => {
  it("does not roll up until the summary unit has a code and a name", async () => {
    let started = 0;
    const counting: StartJob = (request, onProgress) => {
      started++;
      return inProcessJobs(request, onProgress);
    };
    await renderApp(host("file").host, counting, "rollup");
    const user = userEvent.setup();
    await user.upload(screen.getByTestId("rollup-files"), [await reportFile("P01", 1)]);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ }), "T01");
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    expect((await screen.findAllByText(/Hãy nhập mã và tên đơn vị tổng hợp/)).length).toBeGreaterThan(0);
    expect(started).toBe(0);
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }), "LĐLĐ tỉnh");
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" });
    expect(started).toBe(1);
  });

  it("says that missing units cannot be known without a campaign or units list, never 0", async () => {
    await renderApp(host("file").host, inProcessJobs, "rollup");
    const user = userEvent.setup();
    await user.upload(screen.getByTestId("rollup-files"), [await reportFile("P01", 1)]);
    await user.type(screen.getByRole("textbox", { name: /Mã đơn vị tổng hợp/ }), "T01");
    await user.type(screen.getByRole("textbox", { name: /Tên đơn vị tổng hợp/ }), "LĐLĐ tỉnh");
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("grid", { name: "Đơn vị đã tổng hợp" });
    const headline = screen.getByRole("region", { name: "Cần xử lý" });
    expect(headline.textContent).toContain("Thiếu báo cáo: chưa biết");
    expect(headline.textContent).not.toContain("Thiếu báo cáo: 0");
    expect(screen.getByRole("region", { name: "Thiếu báo cáo" }).textContent).toContain(
      "Hãy chọn tệp kế hoạch thi đua",
    );
  });

  // English counts its nouns: one report rolled up read "1 units rolled up".
  it("in English, says one unit rolled up without a plural", async () => {
    await renderApp(host("file").host, inProcessJobs, "rollup", "en");
    const user = userEvent.setup();
    await user.upload(screen.getByTestId("rollup-files"), [await reportFile("P01", 1)]);
    await user.type(screen.getByRole("textbox", { name: /Summary unit code/ }), "T01");
    await user.type(screen.getByRole("textbox", { name: /Summary unit name/ }), "LĐLĐ tỉnh");
    await user.click(screen.getByRole("button", { name: "Roll up" }));
    await screen.findByRole("grid", { name: "Units rolled up" });
    const headline = screen.getByRole("region", { name: "To act on" });
    expect(headline.textContent).toMatch(/^1 unit\(s\) rolled up/);
    expect(screen.getByText("Showing 1 of 1 unit(s)")).toBeTruthy();
  });
});
