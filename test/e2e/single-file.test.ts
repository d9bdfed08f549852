import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../../src/cli/bench/chromium";
import { extract, validate } from "../../src/core";
import { TEMPLATE_IDS } from "../../src/core";
import { en, vi } from "../../src/core/vocabulary";
import { readWorkbookGrid } from "../../src/xlsx";
import { fillByName } from "../support/fill-by-name";
import { reportBytes } from "../support/report-file";
import { consistentFills } from "../support/reports";
import { watchPolicyViolations } from "./policy-violations";
import { hundredReports } from "./support/hundred-reports";
import { asUpload, injectInlineScript, rollupOfUploads } from "./support/page-session";

// thidua.html as a clerk meets it: a file double-clicked on a computer with nothing installed, no server
// and no network. Opened through file:// in Debian's Chromium, it must do all the standalone page does.

const DIST = path.resolve("dist");
const SINGLE_FILE = path.join(DIST, "thidua.html");
const MAX_BYTES = 5 * 1024 * 1024;
const SHOTS = path.resolve("test-output/screenshots");
const FIGURES = path.resolve("test-output/single-file.txt");
/** What a page opened from disk may load: itself, and what it makes of its own contents. */
const LOCAL = /^(file|blob|data):/;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let failures: string[];
let requests: string[];
let takeViolations: () => Promise<string[]>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 900, height: 1000 } });
  page = await context.newPage();
  failures = [];
  requests = [];
  page.on("pageerror", (error) => failures.push(String(error)));
  context.on("request", (request) => requests.push(request.url()));
  takeViolations = await watchPolicyViolations(page);
  // A worker's own policy violations are told in its console, not the page's.
  page.on("worker", (worker) =>
    worker.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) failures.push(message.text());
    }),
  );
});

afterEach(async () => {
  expect(failures).toEqual([]);
  expect(requests.filter((url) => !LOCAL.test(url))).toEqual([]);
  await expect(takeViolations()).resolves.toEqual([]);
  await context.close();
});

const open = (file: string) => page.goto(pathToFileURL(path.join(DIST, file)).href);

async function download(click: () => Promise<void>): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return new Uint8Array(readFileSync((await file.path())!));
}

/** The one script the page runs as it opens: the only one of no type. */
function startScript(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  expect(scripts).toHaveLength(1);
  return scripts[0]!;
}

/** The page's carried chunks, unpacked: the scripts it runs when a part of it is first asked for. */
function carriedChunks(html: string): string[] {
  return [
    ...html.matchAll(/<script type="application\/x-thidua-chunk\+gzip\+base64"[^>]*>([^<]*)<\/script>/g),
  ].map((match) => gunzipSync(Buffer.from(match[1]!, "base64")).toString("utf8"));
}

/** The policy's directives by name, each with its sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
  return new Map(
    content
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("thidua.html, the page in one file", () => {
  it("is one file of at most 5 MB, that loads nothing else, under a policy that allows only itself", () => {
    const html = readFileSync(SINGLE_FILE, "utf8");
    expect(statSync(SINGLE_FILE).size).toBeLessThanOrEqual(MAX_BYTES);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\s(src|href)=/i);
    const policy = policyOf(html);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    // Its start script and each chunk it carries packed, to be run when first asked for: by hash, each.
    const hashes = [startScript(html), ...carriedChunks(html)].map(
      (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`,
    );
    expect(hashes.length).toBeGreaterThan(5);
    expect(new Set(policy.get("script-src"))).toEqual(new Set(hashes));
    expect(policy.get("worker-src")).toEqual(["blob:"]);
    expect(policy.get("connect-src")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it("enforces that policy opened from disk: a script injected into the page is blocked, and reported", async () => {
    await open("thidua.html");
    await page.getByRole("link", { name: "Tổng hợp" }).waitFor();
    const { ran, report } = await injectInlineScript(page);
    expect(ran).toBe(false);
    expect(report).toContain("script-src 'sha256-");
    await expect(takeViolations()).resolves.toContainEqual(
      expect.stringMatching(/^script-src-elem blocked inline/),
    );
  });

  it("says first, in Vietnamese then English, that it works offline, and answers a click", async () => {
    await open("thidua.html");
    const notice = page.getByText(vi.pane.notices.offline);
    await notice.waitFor();
    const drawnAt = await page.evaluate(() => performance.now());
    await expect(page.getByText(en.pane.notices.offline).isVisible()).resolves.toBe(true);
    // Vietnamese first: it comes before the English in the page.
    const order = await notice.evaluate(
      (viText, enText) => viText.compareDocumentPosition(enText) & Node.DOCUMENT_POSITION_FOLLOWING,
      await page.getByText(en.pane.notices.offline).elementHandle(),
    );
    expect(order).toBeTruthy();
    // Interactive: a click on another view is answered with that view.
    await page.getByRole("link", { name: "Tổng hợp" }).click();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).waitFor();
    const interactiveAt = await page.evaluate(() => performance.now());
    await page.screenshot({ path: path.join(SHOTS, "single-file.png") });
    const bytes = statSync(SINGLE_FILE).size;
    const figures =
      `thidua.html: ${bytes} bytes; opened from disk in Chromium, first view drawn after ` +
      `${Math.round(drawnAt)} ms, interactive (a view switched) after ${Math.round(interactiveAt)} ms`;
    writeFileSync(FIGURES, `${figures}\n`);
    console.log(figures);
  });

  it("in a browser that cannot unpack its parts, says which browsers can, instead of a blank view", async () => {
    await page.addInitScript(() => {
      delete (window as { DecompressionStream?: unknown }).DecompressionStream;
    });
    await open("thidua.html");
    await page.getByText(vi.pane.notices.offline).waitFor();
    await expect(page.getByRole("alert").textContent()).resolves.toBe(vi.pane.viewFailed);
  });

  it("downloads a template, then validates a good and a broken report", async () => {
    await open("thidua.html");
    await page.getByRole("textbox", { name: "Mã đơn vị", exact: true }).fill("P01");
    await page.getByRole("textbox", { name: "Tên đơn vị", exact: true }).fill("Công đoàn phường Tân Định");
    await page.getByRole("spinbutton", { name: "Năm", exact: true }).fill("2025");
    const template = await download(() => page.getByRole("button", { name: "Tải xuống biểu mẫu" }).click());
    expect(extract(readWorkbookGrid(template, "P01-2025-D1.xlsx")).report?.unit.code).toBe("P01");

    const good = fillByName(template, consistentFills(TEMPLATE_IDS, 7) as Record<string, number>);
    const broken = fillByName(template, {
      ...(consistentFills(TEMPLATE_IDS, 8) as Record<string, number>),
      TD_B02_private_members_admitted: "1.250",
    });
    await page.getByRole("link", { name: "Kiểm tra" }).click();
    await page
      .getByTestId("validate-files")
      .setInputFiles([asUpload("dung.xlsx", good), asUpload("sai.xlsx", broken)]);
    const headline = page.getByRole("region", { name: "Cần xử lý" });
    await expect(headline.textContent()).resolves.toMatch(/Đã kiểm tra 2 tệp.*Còn lỗi: 1.*Sẵn sàng gửi: 1/);
    await page
      .getByRole("grid", { name: "Các tệp đã kiểm tra" })
      .getByRole("row")
      .filter({ hasText: "sai.xlsx" })
      .click();
    await page.getByText("Chưa thể gửi: còn 1 lỗi.").waitFor();
    const finding = page.getByRole("listitem").filter({ hasText: 'số "1.250" được lưu dưới dạng văn bản' });
    await expect(finding.textContent()).resolves.toContain("E11");
    // The files were read by workers the page started from its own text: the job worker and its readers.
    expect(requests.filter((url) => url.startsWith("blob:")).length).toBeGreaterThanOrEqual(2);
  });

  it("rolls up 100 reports and downloads a summary that reads back", async () => {
    // P001…P099, and P100, whose figures contradict each other: refused, with its reason.
    const files = await hundredReports();

    await open("thidua.html");
    await page.getByRole("link", { name: "Tổng hợp" }).click();
    await page.getByTestId("rollup-files").setInputFiles(files.map((f) => asUpload(f.name, f.bytes)));
    await page.getByRole("textbox", { name: "Mã đơn vị tổng hợp" }).fill("LDLD_T");
    await page.getByRole("textbox", { name: "Tên đơn vị tổng hợp" }).fill("LĐLĐ tỉnh");
    await page.getByRole("combobox", { name: "Kỳ tổng hợp" }).selectOption("2025-D1");
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page
      .getByRole("heading", { name: /Kết quả tổng hợp — Đợt 1 năm 2025/ })
      .waitFor({ timeout: 120_000 });
    await expect(page.getByRole("list", { name: "Tệp bị loại (lý do)" }).textContent()).resolves.toMatch(
      /^P100\.xlsx: /,
    );
    // The charts, which the served page loads later, are in the file too.
    await page.getByRole("figure").first().locator("svg").waitFor();

    const summary = await download(() =>
      page.getByRole("button", { name: "Tải xuống bảng tổng hợp" }).click(),
    );
    const parent = extract(readWorkbookGrid(summary, "tong-hop.xlsx"));
    expect(parent.report!.unit).toMatchObject({ code: "LDLD_T", name: "LĐLĐ tỉnh" });
    const expected = rollupOfUploads(files);
    expect(expected.units).toHaveLength(99);
    expect(parent.report!.forms).toEqual(expected.total.forms);
    expect(validate(parent).filter((f) => f.severity === "error")).toEqual([]);
    // The job worker and the readers it started, all from text the page carries.
    expect(requests.filter((url) => url.startsWith("blob:")).length).toBeGreaterThanOrEqual(2);
  });
});

describe("index.html opened from disk", () => {
  it("says, in Vietnamese then English, to open thidua.html, and a check started anyway says the same", async () => {
    await open("index.html");
    await page.getByText(vi.pane.notices.fromDisk).waitFor();
    await expect(page.getByText(en.pane.notices.fromDisk).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "index-from-disk.png") });

    await page.getByRole("link", { name: "Kiểm tra" }).click();
    await page
      .getByTestId("validate-files")
      .setInputFiles([asUpload("P01.xlsx", await reportBytes("P01", 1))]);
    const refusal = page.getByRole("main").getByText(vi.pane.notices.fromDisk);
    await refusal.waitFor();
    await expect(page.getByText(vi.officeErrors.unexpected).count()).resolves.toBe(0);
  });
});
