import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildPane } from "../../src/cli/bench/pane-write";
import type { PaneCalls } from "./excel-pane/entry";
import { axeViolations, blocking } from "./support/axe";
import { openPage, openSession, overflow, runTogether, type Session } from "./support/page-session";

// What only Excel shows — validating the open workbook, Mark and Clear, the question before a report is
// replaced — seen in Chromium: the real pane on a stand-in for Excel, built for this test alone.

const SHOTS = path.resolve("test-output/screenshots");
const BUILT = path.resolve("test-output/e2e-excel-pane");

let session: Session;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  buildPane("test/e2e/excel-pane/entry.tsx", BUILT);
  session = await openSession(BUILT);
  // A webpack build: on two cores shared with the other test process (npm test runs two) and others' work,
  // it took over 3 minutes at load 15.
}, 600_000);

afterAll(async () => {
  await session?.close();
});

describe.each([320, 500])("in Excel, at %i px", (width) => {
  it("asks before replacing the report the workbook holds, then validates, marks and clears", async () => {
    const { page, failures } = await openPage(session, width);
    const calls = () => page.evaluate(() => (window as Window & { paneCalls?: PaneCalls }).paneCalls!);

    await page.getByRole("textbox", { name: "Mã đơn vị", exact: true }).fill("P07");
    await page.getByRole("textbox", { name: "Tên đơn vị", exact: true }).fill("Công đoàn P07");
    await page.getByRole("button", { name: "Chèn biểu mẫu", exact: true }).click();
    const question = page.getByRole("alert");
    await expect(question.textContent()).resolves.toContain(
      "Tệp Excel này đã có báo cáo của P01 – Công đoàn P01",
    );
    await question.getByRole("button", { name: "Thay báo cáo cũ" }).waitFor();
    await question.getByRole("button", { name: "Không chèn" }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(blocking(await axeViolations(page, "Excel: Biểu mẫu (hỏi thay báo cáo)"))).toEqual([]);
    await expect(runTogether(page)).resolves.toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `templates-replace-${width}.png`), fullPage: true });
    await question.getByRole("button", { name: "Thay báo cáo cũ" }).click();
    await page.getByText(/^Đã chèn các trang: Biểu 01/).waitFor();
    await expect(calls().then((c) => c.inserts.map((i) => i.replace))).resolves.toEqual([false, true]);

    await page.getByRole("link", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra tệp Excel đang mở" }).click();
    await page.getByRole("button", { name: "Đến ô Biểu 01!D9" }).click();
    await page.getByRole("button", { name: "Đánh dấu ô lỗi" }).click();
    await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
    await expect(calls().then((c) => c.live)).resolves.toEqual([
      "select Biểu 01!D9",
      expect.stringMatching(/^mark .*Biểu 01!D9/),
      "clear",
    ]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(blocking(await axeViolations(page, "Excel: Kiểm tra (có lỗi)"))).toEqual([]);
    await expect(runTogether(page)).resolves.toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `validate-excel-${width}.png`), fullPage: true });
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });
});
