import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { extract, previousFromGrid } from "../../src/core";
import { readWorkbookGrid } from "../../src/xlsx";
import { hundredReports, type Upload } from "./support/hundred-reports";
import { asUpload, openPage, openSession, overflow, runTogether, type Session } from "./support/page-session";
import { axeViolations, blocking } from "./support/axe";

// Each view as staff meet it, at Excel's default task pane width (320 px) and at 500 px, after a roll-up
// of 100 received files; and each view's work done with the keyboard alone.

const SHOTS = path.resolve("test-output/screenshots");
const EXPECTED_UNITS = 104;
const BLOCS = ["Cụm 1", "Cụm 2", "Cụm 3"];

let session: Session;
let files: Upload[];
let unitsCsv: Uint8Array;

const code = (i: number) => `P${String(i).padStart(3, "0")}`;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await openSession();
  // P001…P099, and P100, whose figures contradict each other: it is refused with its reason.
  files = await hundredReports();
  const rows = Array.from({ length: EXPECTED_UNITS }, (_, i) => {
    const c = code(i + 1);
    return `${c},Công đoàn ${c},commune,LDLD_T,${BLOCS[i % BLOCS.length]}`;
  });
  unitsCsv = new TextEncoder().encode(["code,name,kind,parent,bloc", ...rows].join("\n"));
});

afterAll(async () => {
  await session?.close();
});

async function rollUp(page: Page) {
  await page.getByRole("link", { name: "Tổng hợp" }).click();
  await page.getByTestId("rollup-files").setInputFiles(files.map((f) => asUpload(f.name, f.bytes)));
  await page.getByTestId("rollup-units").setInputFiles([asUpload("don-vi.csv", unitsCsv, "text/csv")]);
  await page.getByRole("textbox", { name: "Mã đơn vị tổng hợp" }).fill("LDLD_T");
  await page.getByRole("textbox", { name: "Tên đơn vị tổng hợp" }).fill("LĐLĐ tỉnh");
  await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).waitFor({ timeout: 120_000 });
}

/** Excel's default task pane width, 500 px, and a window: each view is looked at in each. */
const WIDTHS = [320, 500, 1280] as const;

/** The page at `width`, its charts drawn again as wide as their panel (see ChartsPanel). */
async function widen(page: Page, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("figure")].every((figure) => {
      const svg = figure.querySelector("svg");
      return !svg || Math.abs(svg.getBoundingClientRect().width - figure.getBoundingClientRect().width) < 2;
    }),
  );
}

/** What every view must be at every width: nothing cut or scrolling sideways, nothing axe blocks, no run-on text. */
async function lookAt(page: Page, view: string, shot: string) {
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(blocking(await axeViolations(page, view))).toEqual([]);
  await expect(runTogether(page)).resolves.toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
}

// The work is done once, in the narrowest pane, which is then widened: the views drawn again at each width,
// as a pane the user drags wider is. (Done again at each width, the roll-up of 100 files took a minute more.)
describe("each view at 320, 500 and 1,280 px", () => {
  it("shows the roll-up's headline first, charts, and a grid that draws only what is in view", async () => {
    const { page, failures } = await openPage(session, WIDTHS[0]);
    await rollUp(page);
    const heading = page.getByRole("heading", { name: /Kết quả tổng hợp/ });
    // The result takes the focus, so the headline is what the pane shows first.
    await expect(heading.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
    const top = (await heading.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    const headline = page.getByRole("region", { name: "Cần xử lý" });
    await expect(headline.textContent()).resolves.toContain("Đã tổng hợp 99/104 đơn vị phải báo cáo");
    await expect(headline.textContent()).resolves.toContain("Tệp bị loại (lý do): 1");
    const rejected = page.getByRole("list", { name: "Tệp bị loại (lý do)" });
    await expect(rejected.textContent()).resolves.toMatch(/P100\.xlsx: /);
    // Each chart is drawn in a task of its own, the grades' last.
    await page.getByRole("figure", { name: "Số đơn vị theo xếp loại" }).locator("svg").waitFor();
    // Each bloc's average in words under the charts, its name whole: the chart cuts a long one.
    const blocs = page.getByRole("list", { name: "Điểm bình quân theo cụm" }).getByRole("listitem");
    await expect(blocs.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Cụm \d\d+,\d\dđiểm bình quân của 33 đơn vị có điểm$/),
      expect.stringMatching(/^Cụm \d\d+,\d\dđiểm bình quân của 33 đơn vị có điểm$/),
      expect.stringMatching(/^Cụm \d\d+,\d\dđiểm bình quân của 33 đơn vị có điểm$/),
    ]);
    const drawnRows = await page.getByRole("grid", { name: "Đơn vị đã tổng hợp" }).getByRole("row").count();
    expect(drawnRows).toBeLessThan(30);
    await expect(page.getByText("Đang hiện 99/99 đơn vị").count()).resolves.toBe(1);
    await page.getByRole("combobox", { name: "Cụm thi đua" }).selectOption("Cụm 2");
    await expect(page.getByText("Đang hiện 33/99 đơn vị").count()).resolves.toBe(1);
    // One unit's result per target, one click away: its panel is part of what axe judges.
    await page.getByRole("grid", { name: "Đơn vị đã tổng hợp" }).getByRole("row").nth(1).click();
    await page.getByRole("heading", { name: /^Kết quả theo chỉ tiêu: P\d{3}/ }).waitFor();
    for (const width of WIDTHS) {
      await widen(page, width);
      const bars = await page
        .getByRole("figure")
        .first()
        .locator("svg rect")
        .evaluateAll((rects) =>
          rects.map((r) => ({ y: r.getBoundingClientRect().y, w: r.getBoundingClientRect().width })),
        );
      expect(bars.length).toBeGreaterThanOrEqual(30);
      // Every figure the charts write is in the page's language (72,4), and no grade is dropped.
      const charts = (await page.getByRole("figure").allTextContents()).join(" ");
      expect(charts).toMatch(/\d,\d/);
      // Each unit's score ahead of its code and name, the name cut to fit: neither the score nor the code is.
      expect(charts).toMatch(/\d+,\d\d · P\d{3}/);
      expect(charts).not.toMatch(/· P\d{0,2}\.\.\./);
      expect(charts).not.toMatch(/\d\.\d/);
      expect(charts).toMatch(/Trung\s*bình/);
      // No label of a chart runs out of its figure: a label wider than the room left of the bars lost its
      // score's first digit ("3,72 · P088 Cô..." for 73,72).
      const outside = await page.getByRole("figure").evaluateAll((figures) =>
        figures.flatMap((figure) => {
          const box = figure.getBoundingClientRect();
          return [...figure.querySelectorAll("svg text")]
            .filter((text) => {
              const r = text.getBoundingClientRect();
              return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
            })
            .map((text) => text.textContent);
        }),
      );
      expect(outside).toEqual([]);
      // The best unit's bar on top, the last unit's at the bottom.
      const byHeight = [...bars].sort((a, b) => a.y - b.y);
      expect(byHeight[0]!.w).toBeGreaterThan(byHeight[byHeight.length - 1]!.w);
      // The result grows with the window: at 1,280 pixels the grid is more than twice the pane's width.
      const gridWidth = (await page.getByRole("grid", { name: "Đơn vị đã tổng hợp" }).boundingBox())!.width;
      expect(gridWidth).toBeGreaterThan(Math.min(width, 1280) * 0.8 - 40);
      await lookAt(page, `Tổng hợp (kết quả, một đơn vị) ${width}`, `rollup-${width}`);
    }

    await page.getByRole("link", { name: "Biểu mẫu" }).click();
    for (const width of WIDTHS) {
      await widen(page, width);
      await lookAt(page, `Biểu mẫu ${width}`, `templates-${width}`);
    }

    await widen(page, WIDTHS[0]);
    await page.getByRole("link", { name: "Kiểm tra" }).click();
    await page.getByTestId("validate-files").setInputFiles(files.map((f) => asUpload(f.name, f.bytes)));
    const checked = page.getByRole("region", { name: "Cần xử lý" });
    await expect(checked.textContent({ timeout: 120_000 })).resolves.toContain("Đã kiểm tra 100 tệp");
    await expect(checked.textContent()).resolves.toContain("Còn lỗi: 1");
    await page.getByRole("grid", { name: "Các tệp đã kiểm tra" }).getByRole("row").nth(1).click();
    await page.getByText("Chưa thể gửi", { exact: false }).first().waitFor();
    for (const width of WIDTHS) {
      await widen(page, width);
      await lookAt(page, `Kiểm tra (có lỗi) ${width}`, `validate-${width}`);
    }
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });
});

/** What has the focus, as `role:name` (the role, or the tag; the label, or the text). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement | null;
    const name = e?.getAttribute("aria-label") ?? e?.labels?.[0]?.textContent ?? e?.textContent;
    return `${e?.getAttribute("role") ?? e?.tagName.toLowerCase()}:${name?.trim() ?? ""}`;
  });

/** Presses Tab (Shift+Tab with `back`) until the focus matches `wanted`; fails after `most` presses. */
async function tabTo(page: Page, wanted: string, { most = 40, back = false } = {}): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (new RegExp(wanted).test(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${wanted}`);
}

/**
 * A page at 320 px on the view whose link Tab reaches and Enter opens, given `picked` through the file
 * dialog that Enter opens from the view's first file button.
 */
async function openWithFiles(view: string, picked: { name: string; bytes: Uint8Array }[]) {
  const opened = await openPage(session, 320);
  const { page } = opened;
  // Playwright turns on file-dialog interception when the first listener is added, asynchronously: a
  // listener added together with the key press can miss the dialog, so it is added long before.
  const chooser = page.waitForEvent("filechooser", { timeout: 60_000 });
  await tabTo(page, `^a:${view}$`);
  await page.keyboard.press("Enter");
  await tabTo(page, "^button:Chọn tệp báo cáo");
  await page.keyboard.press("Enter");
  await (await chooser).setFiles(picked.map((f) => asUpload(f.name, f.bytes)));
  return opened;
}

/** The file the key press downloads. */
async function downloadWith(page: Page, key: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press(key)]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
}

// The keyboard alone: Tab and Shift+Tab to move, Enter to act, typing in text fields. Space only where
// a checkbox needs it, and the grade filter, a drop-down, is chosen by typing its first letter.
describe("with the keyboard alone", () => {
  it("downloads a template", async () => {
    const { page, failures } = await openPage(session, 320);
    await tabTo(page, "^a:Biểu mẫu$");
    await page.keyboard.press("Enter");
    await tabTo(page, "^input:Biểu 03");
    await page.keyboard.press("Space");
    await tabTo(page, "^input:Mã đơn vị\\*$");
    await page.keyboard.type("P01");
    await tabTo(page, "^input:Tên đơn vị\\*$");
    await page.keyboard.type("Công đoàn phường Tân Định");
    await tabTo(page, "^button:Tải xuống biểu mẫu$");
    const year = new Date().getFullYear();
    const template = await downloadWith(page, "Enter");
    expect(template.name).toBe(`P01-${year}-D1.xlsx`);
    const report = extract(readWorkbookGrid(template.bytes, template.name)).report!;
    expect(report.unit).toMatchObject({ code: "P01", name: "Công đoàn phường Tân Định" });
    expect(report.templates).toEqual(["B01", "B02", "B04"]);
    await page.getByText(`Đã tạo tệp P01-${year}-D1.xlsx.`).waitFor();
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });

  it("validates files and opens the findings of the file that has errors", async () => {
    const { page, failures } = await openWithFiles("Kiểm tra", [...files.slice(0, 3), files[99]!]);
    const headline = page.getByRole("region", { name: "Cần xử lý" });
    await expect(headline.textContent({ timeout: 60_000 })).resolves.toMatch(/Đã kiểm tra 4 tệp.*Còn lỗi: 1/);
    // The worst file comes first.
    await tabTo(page, "^row:P100\\.xlsx");
    await page.keyboard.press("Enter");
    const verdict = page.getByRole("region", { name: "P100.xlsx" });
    await expect(verdict.textContent()).resolves.toMatch(/Chưa thể gửi: còn \d+ lỗi\./);
    // As copied or read aloud: Fluent draws the title's space after it, where a space of ours ran into it.
    await expect(verdict.locator(".fui-MessageBarBody").innerText()).resolves.toMatch(
      /^Chưa thể gửi: còn \d+ lỗi\. P100\.xlsx — /,
    );
    await expect(verdict.getByRole("listitem").count()).resolves.toBeGreaterThan(0);
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });

  it("rolls up, downloads the summary, narrows the units by a filter, and reaches every part", async () => {
    const { page, failures } = await openWithFiles("Tổng hợp", files.slice(0, 10));
    await tabTo(page, "^input:Mã đơn vị tổng hợp");
    await page.keyboard.type("LDLD_T");
    await tabTo(page, "^input:Tên đơn vị tổng hợp");
    await page.keyboard.type("LĐLĐ tỉnh");
    await tabTo(page, "^button:Tổng hợp$");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).waitFor({ timeout: 60_000 });
    // The summary's file is made just after the result is drawn.
    await page
      .getByRole("button", { name: "Tải xuống bảng tổng hợp" })
      .and(page.locator(":enabled"))
      .waitFor();
    await tabTo(page, "^button:Tải xuống bảng tổng hợp$", { back: true });
    const summary = await downloadWith(page, "Enter");
    const rolledUp = previousFromGrid(readWorkbookGrid(summary.bytes, summary.name))!;
    expect(rolledUp.periodId).toBe("2025-D1");
    expect([...rolledUp.units.keys()]).toHaveLength(10);

    const shown = page.getByRole("status").filter({ hasText: /^Đang hiện/ });
    await expect(shown.textContent()).resolves.toBe("Đang hiện 10/10 đơn vị");
    await tabTo(page, "^searchbox:|^input:Tìm đơn vị");
    await page.keyboard.type("P00");
    await expect(shown.textContent()).resolves.toBe("Đang hiện 9/10 đơn vị");
    await tabTo(page, "^select:Xếp loại$");
    // P001, P005 and P008 are graded Khá.
    await page.keyboard.type("K");
    await expect(shown.textContent()).resolves.toBe("Đang hiện 3/10 đơn vị");
    // The grid is one Tab stop, past the standing filter: arrows move between its rows, Tab leaves it.
    await tabTo(page, "^row:P00[158] ", { most: 2 });
    const first = await focused(page);
    await page.keyboard.press("ArrowDown");
    const second = await focused(page);
    expect(second).toMatch(/^row:P00[158] /);
    expect(second).not.toBe(first);
    // Enter opens the unit's result per target; its standings agree with the grid's "met/judged".
    const metCell = await page.locator(":focus").getByRole("gridcell").nth(3).textContent();
    const [met, judged] = /^(\d+)\/(\d+)$/.exec(metCell!)!.slice(1).map(Number);
    await page.keyboard.press("Enter");
    const unitCode = /^row:(P\d{3})/.exec(second)![1]!;
    await expect(focused(page)).resolves.toMatch(new RegExp(`^h4:Kết quả theo chỉ tiêu: ${unitCode} — `));
    const lines = page.getByRole("list", { name: /^Kết quả theo chỉ tiêu/ }).getByRole("listitem");
    const states = await lines.evaluateAll((items) => items.map((li) => li.children[1]?.textContent));
    expect(states.length).toBeGreaterThan(judged!);
    expect(states.filter((s) => s === "Đạt")).toHaveLength(met!);
    expect(states.filter((s) => s === "Đạt" || s === "Chưa đạt")).toHaveLength(judged!);
    await tabTo(page, "^button:Đóng kết quả của đơn vị$");
    await page.keyboard.press("Enter");
    await expect(focused(page)).resolves.toBe(second);
    await expect(page.getByRole("heading", { name: /^Kết quả theo chỉ tiêu/ }).count()).resolves.toBe(0);
    await page.keyboard.press("Tab");
    await expect(focused(page)).resolves.not.toMatch(/^row:|^gridcell:/);
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });
});
