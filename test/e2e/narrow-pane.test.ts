import type { Locator, Page } from "playwright-core";
import { reportBytes } from "../support/report-file";
import { asUpload, openPage, openSession, type Session } from "./support/page-session";

// What a clerk and the province's staff read at 320 px (a phone, Excel's default task pane), measured: with
// honest files, each message, count and unit name whole and in a column wide enough to read.

const WIDTH = 320;
// A bloc as provinces name them, longer than the units grid's first column at this width.
const BLOCS = ["Cụm 1 – Phường và xã ven đô", "Cụm 2 – Khu công nghiệp"];

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

async function rollUp(page: Page, files: { name: string; bytes: Uint8Array }[], unitsCsv?: string) {
  await page.getByRole("link", { name: "Tổng hợp" }).click();
  await page.getByTestId("rollup-files").setInputFiles(files.map((f) => asUpload(f.name, f.bytes)));
  if (unitsCsv)
    await page
      .getByTestId("rollup-units")
      .setInputFiles([asUpload("don-vi.csv", new TextEncoder().encode(unitsCsv), "text/csv")]);
  await page.getByRole("textbox", { name: "Mã đơn vị tổng hợp" }).fill("LDLD_T");
  await page.getByRole("textbox", { name: "Tên đơn vị tổng hợp" }).fill("LĐLĐ tỉnh");
  await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await page.getByRole("heading", { name: /Kết quả tổng hợp/ }).waitFor({ timeout: 60_000 });
}

const reports = () =>
  Promise.all(
    [1, 2, 3, 4, 5].map(async (i) => ({ name: `P00${i}.xlsx`, bytes: await reportBytes(`P00${i}`, i) })),
  );

/** What a grid's cells draw past their right edge, with by how many pixels. */
const outsideTheirCells = (cells: Locator) =>
  cells.evaluateAll((all) =>
    all.flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      return [...cell.querySelectorAll("*")]
        .filter((e) => e.getBoundingClientRect().right > box.right + 0.5)
        .map((e) => `${(e as HTMLElement).innerText}: ${e.getBoundingClientRect().right - box.right} px`);
    }),
  );

describe(`at ${WIDTH} px`, () => {
  it("gives each finding of a checked report the pane's width to be read in", async () => {
    const { page, failures } = await openPage(session, WIDTH, 640);
    await page.getByRole("link", { name: "Kiểm tra" }).click();
    // The budget typed in thousands of đồng, as clerks do: a warning, the longest message of the form.
    const bytes = await reportBytes("P001", 1, { TD_B03_union_funding_budget: 4500 });
    await page.getByTestId("validate-files").setInputFiles([asUpload("P001.xlsx", bytes)]);
    const list = page.getByRole("region", { name: "Biểu 03" });
    await list.getByRole("listitem").first().waitFor({ timeout: 60_000 });
    const widths = await list
      .getByRole("listitem")
      .evaluateAll((items) => items.map((li) => li.children[2]!.getBoundingClientRect().width));
    // Beside its badge and cell, a warning's message had 113 of the pane's 280 pixels: 22 lines of two words.
    expect(widths.length).toBeGreaterThan(0);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(250);
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });

  it("cuts a long file name short within its cell of the checked files, with its '…'", async () => {
    const { page, failures } = await openPage(session, WIDTH, 640);
    await page.getByRole("link", { name: "Kiểm tra" }).click();
    // Named as a clerk names them, longer than the grid's first column at this width.
    const files = (await reports()).map((f, i) => ({
      ...f,
      name: `Bao cao thi dua Cong doan phuong so ${i + 1} dot 1 nam 2025.xlsx`,
    }));
    await page.getByTestId("validate-files").setInputFiles(files.map((f) => asUpload(f.name, f.bytes)));
    const cells = page.getByRole("grid", { name: "Các tệp đã kiểm tra" }).getByRole("gridcell");
    await cells.first().waitFor({ timeout: 60_000 });
    // Laid out at its uncut width, a name ran out of its cell, cut in a letter, under the next column.
    await expect(outsideTheirCells(cells)).resolves.toEqual([]);
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });

  it("keeps each count of the roll-up's headline inside its badge", async () => {
    const { page, failures } = await openPage(session, WIDTH, 640);
    // No list of units: the count of missing reports is unknown, and says why in words.
    await rollUp(page, await reports());
    const badges = page.getByRole("list", { name: "Cần xử lý" }).getByRole("listitem").locator(".fui-Badge");
    const spills = await badges.evaluateAll((all) =>
      all
        .filter((b) => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1)
        .map((b) => `${b.textContent}: ${b.scrollHeight}/${b.clientHeight} px`),
    );
    // "Thiếu báo cáo: chưa biết (chưa có danh sách đơn vị)" took two lines in a badge of one, its border
    // drawn through the words.
    expect(spills).toEqual([]);
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });

  it("shows each unit's bloc, name and standing within its cell of the grid", async () => {
    const { page, failures } = await openPage(session, WIDTH, 640);
    const files = await reports();
    const csv = [
      "code,name,kind,parent,bloc",
      ...files.map((_, i) => `P00${i + 1},Công đoàn P00${i + 1},commune,LDLD_T,${BLOCS[i % 2]}`),
    ].join("\n");
    await rollUp(page, files, csv);
    const grid = page.getByRole("grid", { name: "Đơn vị đã tổng hợp" });
    const cells = grid.getByRole("gridcell");
    await cells.first().waitFor();
    const standings = await grid
      .getByRole("row")
      .filter({ has: page.getByRole("gridcell") })
      .evaluateAll((rows) =>
        rows.map((row) => {
          const cell = row.querySelectorAll('[role="gridcell"]')[4]!;
          const text = cell.querySelector("span") ?? cell;
          const cut = text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1;
          return `${cell.textContent}${cut ? " (cut)" : ""}`;
        }),
      );
    expect({ outside: await outsideTheirCells(cells), standings }).toEqual({
      // A long bloc laid the first column out at 239 pixels in a cell of 166: names cut in a letter
      // ("Công đoàn phường Nguyễn T"), the bloc without its "…".
      outside: [],
      // How late each unit is, whole (the files are dated today): "Trễ 506 ngày" was "Trễ 506…".
      standings: Array(5).fill(expect.stringMatching(/^Trễ \d+ ngày$/)),
    });
    await expect(failures()).resolves.toEqual([]);
    await page.context().close();
  });
});
