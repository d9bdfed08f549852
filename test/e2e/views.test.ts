import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { reportBytes } from "../support/report-file";
import { asUpload, openPage, openSession, overflow, type Session } from "./support/page-session";

// Each view as staff meet it, at Excel's default task pane width (320 px) and at 500 px, after a roll-up
// of 100 received files; and the whole roll-up done with the Tab and Enter keys alone.

const SHOTS = path.resolve("test-output/screenshots");
const EXPECTED_UNITS = 104;
const BLOCS = ["Cụm 1", "Cụm 2", "Cụm 3"];

let session: Session;
let files: { name: string; bytes: Uint8Array }[];
let unitsCsv: Uint8Array;

const code = (i: number) => `P${String(i).padStart(3, "0")}`;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await openSession();
  files = [];
  for (let i = 1; i <= 99; i++) files.push({ name: `${code(i)}.xlsx`, bytes: await reportBytes(code(i), i) });
  // A file whose figures contradict each other: it is refused with its reason.
  files.push({
    name: "P100.xlsx",
    bytes: await reportBytes(code(100), 100, { TD_B01_state_cla_signed: 99_999 }),
  });
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
  await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).waitFor({ timeout: 120_000 });
}

describe.each([320, 500])("at %i px", (width) => {
  it("shows the roll-up's headline first, charts, and a grid that draws only what is in view", async () => {
    const { page, failures } = await openPage(session, width);
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
    await page.getByRole("figure").first().locator("svg").waitFor();
    const bars = await page
      .getByRole("figure")
      .first()
      .locator("svg rect")
      .evaluateAll((rects) =>
        rects.map((r) => ({ y: r.getBoundingClientRect().y, w: r.getBoundingClientRect().width })),
      );
    expect(bars.length).toBeGreaterThanOrEqual(30);
    // The best unit's bar on top, the last unit's at the bottom.
    const byHeight = [...bars].sort((a, b) => a.y - b.y);
    expect(byHeight[0]!.w).toBeGreaterThan(byHeight[byHeight.length - 1]!.w);
    const drawnRows = await page.getByRole("grid", { name: "Đơn vị đã tổng hợp" }).getByRole("row").count();
    expect(drawnRows).toBeLessThan(30);
    await expect(page.getByText("Đang hiện 99/99 đơn vị").count()).resolves.toBe(1);
    await page.getByRole("combobox", { name: "Cụm thi đua" }).selectOption("Cụm 2");
    await expect(page.getByText("Đang hiện 33/99 đơn vị").count()).resolves.toBe(1);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, `rollup-${width}.png`), fullPage: true });

    await page.getByRole("link", { name: "Biểu mẫu" }).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, `templates-${width}.png`), fullPage: true });

    await page.getByRole("link", { name: "Kiểm tra" }).click();
    await page.getByTestId("validate-files").setInputFiles(files.map((f) => asUpload(f.name, f.bytes)));
    const checked = page.getByRole("region", { name: "Cần xử lý" });
    await expect(checked.textContent({ timeout: 120_000 })).resolves.toContain("Đã kiểm tra 100 tệp");
    await expect(checked.textContent()).resolves.toContain("Còn lỗi: 1");
    await page.getByRole("grid", { name: "Các tệp đã kiểm tra" }).getByRole("row").nth(1).click();
    await page.getByText("Chưa thể gửi", { exact: false }).first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, `validate-${width}.png`), fullPage: true });
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });
});

/** Presses Tab until the focused element satisfies `wanted`; fails after `most` presses. */
async function tabTo(page: Page, wanted: string, most = 40): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return `${e?.getAttribute("role") ?? e?.tagName.toLowerCase()}:${e?.textContent?.trim() ?? ""}`;
    });
    if (new RegExp(wanted).test(focused)) return;
  }
  throw new Error(`Tab never reached ${wanted}`);
}

it("rolls up with the Tab and Enter keys alone, and every part of the result is reachable", async () => {
  const { page, failures } = await openPage(session, 320);
  // Playwright turns on file-dialog interception when the first listener is added, asynchronously: a
  // listener added together with the key press can miss the dialog, so it is added long before.
  const chooser = page.waitForEvent("filechooser", { timeout: 60_000 });
  await tabTo(page, "^a:Tổng hợp$");
  await page.keyboard.press("Enter");
  await tabTo(page, "^button:Chọn tệp báo cáo");
  await page.keyboard.press("Enter");
  await (await chooser).setFiles(files.slice(0, 10).map((f) => asUpload(f.name, f.bytes)));
  await tabTo(page, "^button:Tổng hợp$");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).waitFor({ timeout: 60_000 });
  await tabTo(page, "^searchbox:|^input:");
  await page.keyboard.type("P007");
  await tabTo(page, "^columnheader:|^button:Đơn vị");
  await tabTo(page, "^row:P007");
  await expect(failures()).resolves.toEqual([]);
  await page.context().close();
});
