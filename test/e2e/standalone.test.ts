import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../src/cli/bench/chromium";
import { extract, findSheet, validate, type WorkbookGrid } from "../../src/core";
import { toA1 } from "../../src/core/grid/a1";
import { readWorkbookGrid } from "../../src/xlsx";
import { columnRange, writtenCharts } from "../support/chart-parts";
import { fillByName } from "../support/fill-by-name";
import { chartsAsLibreOfficeReads } from "../support/libreoffice";
import { reportBytes } from "../support/report-file";
import { consistentFills } from "../support/reports";
import { TEMPLATE_IDS } from "../../src/core";
import { serveDist } from "../../src/cli/bench/static-server";
import { injectInlineScript, rollupOfUploads } from "./support/page-session";
import { watchPolicyViolations } from "./policy-violations";

// The standalone page, built for production, in Debian's Chromium: what staff without the add-in use.

const SHOTS = path.resolve("test-output/screenshots");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let takeViolations: () => Promise<string[]>;
/** Set once a test cancels a roll-up: the cancelled job's workers are terminated mid-load. */
let cancelled = false;
/** What a worker terminated while it loaded a script of its own reports; nothing else. */
const TERMINATED_MID_LOAD =
  /^NetworkError: Failed to execute 'importScripts' on 'WorkerGlobalScope': The script at '[^']+' failed to load\.$/;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDist(path.resolve("dist"));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 900, height: 1000 } });
  page = await context.newPage();
  const failures: string[] = [];
  cancelled = false;
  // A cancelled roll-up terminates its workers, which aborts whatever they were still loading.
  page.on("pageerror", (error) => {
    if (!(cancelled && TERMINATED_MID_LOAD.test(String(error)))) failures.push(String(error));
  });
  page.on("requestfailed", (request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED")
      failures.push(`request failed: ${request.url()}`);
  });
  (page as Page & { failures: string[] }).failures = failures;
  takeViolations = await watchPolicyViolations(page);
  await page.goto(`${server.url}index.html`);
});

afterEach(async () => {
  expect((page as Page & { failures: string[] }).failures).toEqual([]);
  await expect(takeViolations()).resolves.toEqual([]);
  await page.context().close();
});

/** The summary's sheet of charts. */
const CHART_SHEET = "Biểu đồ";

/** What the cells of a one-column range hold, as the summary's reader sees them. */
function cellsOf(grid: WorkbookGrid, formula: string) {
  const { sheet, col, top, bottom } = columnRange(formula);
  const cells = findSheet(grid, sheet)!.cells;
  return Array.from(
    { length: bottom - top + 1 },
    (_, i) => cells.get(toA1(top + i, col))?.value?.value ?? null,
  );
}

/** "'Tổng hợp'!$C$12:$C$41" as LibreOffice writes it: "'Tổng hợp'.C12:'Tổng hợp'.C41". */
function libreOfficeRange(formula: string) {
  const { sheet, col, top, bottom } = columnRange(formula);
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}.${toA1(top, col)}:${quoted}.${toA1(bottom, col)}`;
}

async function download(click: () => Promise<void>): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return new Uint8Array(readFileSync((await file.path())!));
}

const asUpload = (name: string, bytes: Uint8Array, mimeType = XLSX) => ({
  name,
  mimeType,
  buffer: Buffer.from(bytes),
});

/** Office's script host is out of reach here: the test stands in for office.js. */
async function serveOfficeJs(body: string) {
  await page.unrouteAll();
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body }),
  );
}

describe("the pages' Content-Security-Policy", () => {
  it("blocks a script injected into the page, and reports it", async () => {
    await page.getByRole("link", { name: "Tổng hợp" }).waitFor();
    const { ran, report } = await injectInlineScript(page);
    expect(ran).toBe(false);
    expect(report).toContain("script-src 'self'");
    const violations = await takeViolations();
    expect(violations).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
  });

  it("lets the add-in's pages run their engine check (by its hash) and office.js, and nothing else", async () => {
    await serveOfficeJs("window.officeScriptRan = true;");
    await page.goto(`${server.url}taskpane.html`);
    // Only the inline engine check loads the pane's bundle: a stale hash would leave the page empty.
    await page.getByRole("link", { name: "Tổng hợp" }).waitFor();
    await expect(page.evaluate(() => "officeScriptRan" in window)).resolves.toBe(true);
    await expect(takeViolations()).resolves.toEqual([]);
  });
});

describe("the standalone page", () => {
  it("generates a template to download, fills it elsewhere and validates it", async () => {
    await page.getByRole("textbox", { name: "Mã đơn vị", exact: true }).fill("P01");
    await page.getByRole("textbox", { name: "Tên đơn vị", exact: true }).fill("Công đoàn phường Tân Định");
    await page.getByRole("spinbutton", { name: "Năm", exact: true }).fill("2025");
    await page.getByRole("textbox", { name: /Kết nạp đoàn viên mới/ }).fill("150");
    await page.screenshot({ path: path.join(SHOTS, "templates.png"), fullPage: true });
    const template = await download(() => page.getByRole("button", { name: "Tải xuống biểu mẫu" }).click());
    await page.getByText("Đã tạo tệp P01-2025-D1.xlsx.").waitFor();

    const blank = extract(readWorkbookGrid(template, "P01-2025-D1.xlsx"));
    expect(blank.report).toMatchObject({
      unit: { code: "P01", name: "Công đoàn phường Tân Định" },
      period: { id: "2025-D1" },
    });
    expect(blank.report!.targets.B02_members_admitted).toBe(150);

    const good = fillByName(template, consistentFills(TEMPLATE_IDS, 7) as Record<string, number>);
    const bad = fillByName(template, {
      ...(consistentFills(TEMPLATE_IDS, 8) as Record<string, number>),
      TD_B02_private_members_admitted: "1.250",
    });
    expect(
      validate(extract(readWorkbookGrid(good, "good.xlsx"))).filter((f) => f.severity === "error"),
    ).toEqual([]);

    await page.getByRole("link", { name: "Kiểm tra" }).click();
    await page
      .getByTestId("validate-files")
      .setInputFiles([asUpload("dung.xlsx", good), asUpload("sai.xlsx", bad)]);
    const headline = page.getByRole("region", { name: "Cần xử lý" });
    await expect(headline.textContent()).resolves.toMatch(/Đã kiểm tra 2 tệp.*Còn lỗi: 1.*Sẵn sàng gửi: 1/);
    const grid = page.getByRole("grid", { name: "Các tệp đã kiểm tra" });
    await grid.getByRole("row").filter({ hasText: "sai.xlsx" }).click();
    await page.getByText("Chưa thể gửi: còn 1 lỗi.").waitFor();
    const finding = page.getByRole("listitem").filter({ hasText: 'số "1.250" được lưu dưới dạng văn bản' });
    await expect(finding.textContent()).resolves.toContain("E11");
    await page.screenshot({ path: path.join(SHOTS, "validate.png"), fullPage: true });
  });

  it("rolls up uploaded files with a progress bar, lists what is wrong, and downloads a summary that reads back", async () => {
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (let i = 1; i <= 12; i++)
      files.push({
        name: `P${String(i).padStart(2, "0")}.xlsx`,
        bytes: await reportBytes(`P${String(i).padStart(2, "0")}`, 100 + i),
      });
    files.push({
      name: "P13.xlsx",
      bytes: await reportBytes("P13", 113, { TD_B01_state_cla_signed: 99_999 }),
    });
    files.push({ name: "P02-lan2.xlsx", bytes: await reportBytes("P02", 202) });
    files.push({ name: "hong.xlsx", bytes: new TextEncoder().encode("not a workbook") });
    const units = [
      "code,name,kind",
      ...Array.from(
        { length: 14 },
        (_, i) => `P${String(i + 1).padStart(2, "0")},Công đoàn P${String(i + 1).padStart(2, "0")},commune`,
      ),
    ].join("\n");

    await page.getByRole("link", { name: "Tổng hợp" }).click();
    await page.getByTestId("rollup-files").setInputFiles(files.map((f) => asUpload(f.name, f.bytes)));
    await page
      .getByTestId("rollup-units")
      .setInputFiles([asUpload("don-vi.csv", new TextEncoder().encode(units), "text/csv")]);
    await page.getByRole("textbox", { name: "Mã đơn vị tổng hợp" }).fill("LDLD_T");
    await page.getByRole("textbox", { name: "Tên đơn vị tổng hợp" }).fill("LĐLĐ tỉnh");
    await page.getByRole("combobox", { name: "Kỳ tổng hợp" }).selectOption("2025-D1");
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        for (const label of document.querySelectorAll("label"))
          if (label.textContent?.startsWith("Đang đọc tệp…")) seen.push(label.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByRole("heading", { name: /Kết quả tổng hợp — Đợt 1 năm 2025/ }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((label) => /Đang đọc tệp… P\d\d(-lan2)?\.xlsx/.test(label))).toBe(true);

    await expect(page.getByRole("list", { name: "Thiếu báo cáo" }).textContent()).resolves.toMatch(
      /P13 — .*\(bị loại\).*P14/,
    );
    await expect(page.getByRole("list", { name: "Tệp bị loại (lý do)" }).textContent()).resolves.toMatch(
      /hong\.xlsx: Tệp "hong\.xlsx" không phải bảng tính/,
    );
    await expect(page.getByRole("list", { name: "Báo cáo trùng" }).textContent()).resolves.toContain("P02");
    await page.screenshot({ path: path.join(SHOTS, "rollup.png"), fullPage: true });

    const summaryBytes = await download(() =>
      page.getByRole("button", { name: "Tải xuống bảng tổng hợp" }).click(),
    );
    const summaryGrid = readWorkbookGrid(summaryBytes, "tong-hop.xlsx");
    const parent = extract(summaryGrid);
    expect(parent.report!.unit).toMatchObject({ code: "LDLD_T", name: "LĐLĐ tỉnh" });

    // The add-in's chart, in the page's file too: every part wired from the sheet, the series over the
    // summary's own cells (12 units scored: P13 and hong.xlsx refused, P14 missing).
    const charts = writtenCharts(summaryBytes);
    expect(charts.map((c) => c.sheet)).toEqual([CHART_SHEET]);
    const [chart] = charts;
    const scored = Array.from({ length: 12 }, (_, i) => `P${String(i + 1).padStart(2, "0")}`);
    expect(chart!.categories.cache.map((name) => /P\d\d$/.exec(name ?? "")?.[0]).sort()).toEqual(scored);
    const scores = chart!.values.cache as number[];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(cellsOf(summaryGrid, chart!.categories.formula)).toEqual(chart!.categories.cache);
    expect(cellsOf(summaryGrid, chart!.values.formula)).toEqual(chart!.values.cache);
    expect(chartsAsLibreOfficeReads(summaryBytes)).toEqual([
      {
        kind: "bar",
        ranges: [chart!.categories.formula, chart!.values.formula].map(libreOfficeRange),
      },
    ]);
    const expected = rollupOfUploads(files);
    expect(parent.report!.forms).toEqual(expected.total.forms);
    expect(validate(parent).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("rolls up a whole folder of received files, sub-folders included, leaving out what is no workbook", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "thidua-folder-"));
    const put = (file: string, bytes: Uint8Array) => {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), bytes);
    };
    for (let i = 1; i <= 4; i++) put(`Đợt 1/P0${i}.xlsx`, await reportBytes(`P0${i}`, 10 + i));
    put("Đợt 2/P02.xlsx", await reportBytes("P02", 22));
    put("P05.xlsx", await reportBytes("P05", 15));
    put("ghi-chu.txt", new TextEncoder().encode("ghi chú"));
    put("Đợt 1/~$P01.xlsx", new TextEncoder().encode("khóa"));

    await page.getByRole("link", { name: "Tổng hợp" }).click();
    await page.getByRole("button", { name: "Chọn thư mục…" }).waitFor();
    await page.getByTestId("rollup-files-folder").setInputFiles(folder);
    await expect(page.getByRole("status").textContent()).resolves.toBe(
      "Đã lấy 6 tệp từ thư mục. Đã bỏ qua 2 tệp trong thư mục không phải bảng tính (.xlsx, .xlsm, .xls, .ods).",
    );
    await page.getByText("6 tệp đã chọn").waitFor();
    await page.getByRole("textbox", { name: "Mã đơn vị tổng hợp" }).fill("LDLD_T");
    await page.getByRole("textbox", { name: "Tên đơn vị tổng hợp" }).fill("LĐLĐ tỉnh");
    await page.getByRole("combobox", { name: "Kỳ tổng hợp" }).selectOption("2025-D1");
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByRole("heading", { name: /Kết quả tổng hợp — Đợt 1 năm 2025/ }).waitFor();
    // The two P02.xlsx of two sub-folders both arrive, named by their paths: one counts, one is a duplicate.
    await expect(page.getByRole("list", { name: "Báo cáo trùng" }).textContent()).resolves.toMatch(
      /^P02: .*Đợt [12]\/P02\.xlsx, thay cho Đợt [12]\/P02\.xlsx$/,
    );
    await expect(page.getByRole("list", { name: "Tệp bị loại (lý do)" }).textContent()).resolves.toBe(
      "Không có",
    );
    // No campaign and no units list: who is missing cannot be known, and the page says how to know it.
    await expect(page.getByRole("region", { name: "Thiếu báo cáo" }).textContent()).resolves.toContain(
      "Hãy chọn tệp kế hoạch thi đua",
    );
  });

  it("refuses a report changed on disk since it was picked, as changed, and rolls up the others read with it", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "thidua-changed-"));
    const names = ["P01.xlsx", "P02.xlsx", "P03.xlsx"];
    for (const [i, name] of names.entries())
      writeFileSync(path.join(folder, name), await reportBytes(`P0${i + 1}`, 30 + i));
    await page.getByRole("link", { name: "Tổng hợp" }).click();
    await page.getByTestId("rollup-files").setInputFiles(names.map((name) => path.join(folder, name)));
    await page.getByText("3 tệp đã chọn").waitFor();
    // Read in one run with the others, it fails that run's read: it alone is refused, by its own read.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    writeFileSync(path.join(folder, "P02.xlsx"), await reportBytes("P02", 99));
    await page.getByRole("textbox", { name: "Mã đơn vị tổng hợp" }).fill("LDLD_T");
    await page.getByRole("textbox", { name: "Tên đơn vị tổng hợp" }).fill("LĐLĐ tỉnh");
    await page.getByRole("combobox", { name: "Kỳ tổng hợp" }).selectOption("2025-D1");
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByRole("heading", { name: /Kết quả tổng hợp — Đợt 1 năm 2025/ }).waitFor();
    await expect(page.getByRole("list", { name: "Tệp bị loại (lý do)" }).textContent()).resolves.toBe(
      'P02.xlsx: Không đọc được tệp "P02.xlsx" trên máy: tệp đã bị xóa, chuyển đi hoặc sửa sau khi được chọn. Hãy chọn lại tệp.',
    );
    await page.getByText("Đơn vị đã tổng hợp (2)").waitFor();
  });

  it("cancels a roll-up in progress", async () => {
    const one = await reportBytes("P01", 1);
    await page.getByRole("link", { name: "Tổng hợp" }).click();
    await page
      .getByTestId("rollup-files")
      .setInputFiles(Array.from({ length: 150 }, (_, i) => asUpload(`U${i}.xlsx`, one)));
    await page.getByRole("textbox", { name: "Mã đơn vị tổng hợp" }).fill("LDLD_T");
    await page.getByRole("textbox", { name: "Tên đơn vị tổng hợp" }).fill("LĐLĐ tỉnh");
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    cancelled = true;
    await page.getByRole("button", { name: "Hủy" }).click();
    await page.getByText("Đã hủy tổng hợp.").waitFor();
    await expect(page.getByRole("heading", { name: /Kết quả tổng hợp/ }).count()).resolves.toBe(0);
  });

  it("speaks English when asked", async () => {
    await page.goto(`${server.url}index.html?lang=en&view=rollup`);
    await page.getByRole("button", { name: "Roll up", exact: true }).waitFor();
    await expect(page.getByRole("link", { name: "Templates" }).count()).resolves.toBe(1);
  });
});
