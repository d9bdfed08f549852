import { layoutSummary, parsePeriod, rollup, type Summary } from "../../../src/core";
import { DEFAULT_ROW_POINTS, MOST_ROW_POINTS, wrappedLines } from "../../../src/core/layout/row-heights";
import { consistentFills, submission, testCampaign, unit } from "../../support/reports";

const PERIOD = parsePeriod("2025-D2")!;

/**
 * A roll-up of `count` units reporting Biểu 04 alone and one more sending Biểu 01 too: every figure of
 * Biểu 01 left blank by `count` units.
 */
function summaryLeftBlank(count: number) {
  const units = Array.from({ length: count + 1 }, (_, i) => unit(`U${String(i + 1).padStart(4, "0")}`));
  const reports = units.map((u, i) => {
    const templates = i === count ? (["B04", "B01"] as const) : (["B04"] as const);
    return submission(
      { unit: u, period: PERIOD, templates, fills: consistentFills(templates, i) },
      `${u.code}.xlsx`,
    );
  });
  return rollup(reports, { period: PERIOD, campaign: testCampaign({}, units) });
}

/** Số liệu để trống's rows, and each entry: its number, form and figure, and its rows' codes. */
function blankFigures(summary: Summary) {
  const sheet = layoutSummary(summary).sheets.find((s) => s.name === "Số liệu để trống")!;
  const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value;
  // The list's title, its headings (repeated on each printed page), then its rows to the sheet's end.
  const title = sheet.cells.find((c) => String(c.value).startsWith("Số liệu đơn vị để trống"))!;
  expect(sheet.print!.repeatRows).toEqual({ top: title.row + 1, bottom: title.row + 1 });
  const rows: string[] = [];
  const entries: { head: unknown[]; codes: string[] }[] = [];
  for (let row = title.row + 2; at(row, 3) !== undefined; row++) {
    const codes = String(at(row, 3));
    rows.push(codes);
    if (at(row, 0) === null) entries.at(-1)!.codes.push(...codes.split(", "));
    else entries.push({ head: [at(row, 0), at(row, 1), at(row, 2)], codes: codes.split(", ") });
  }
  return { rows, entries, codesWidth: sheet.columnWidths![3]! };
}

const EVERY_FIGURE = "Mọi số liệu của biểu (đơn vị không gửi biểu, hoặc để trống cả biểu)";

describe("the units that left a figure blank, on Số liệu để trống", () => {
  const summary = summaryLeftBlank(500);
  const withoutB01 = summary.units.slice(0, 500).map((u) => u.unit.code);
  const { rows, entries, codesWidth } = blankFigures(summary);

  it("name once, for the whole form, every unit that sent none of it, in order", () => {
    // Listed on each of Biểu 01's 21 figures, 500 units' codes took 21 rows of 36 lines (Excel cut each at 27).
    expect(summary.unreported.map((c) => c.units)).toEqual(summary.unreported.map(() => withoutB01));
    expect(summary.unreported).toHaveLength(21);
    expect(entries).toEqual([{ head: [1, "Biểu 01", EVERY_FIGURE], codes: withoutB01 }]);
  });

  it("are counted on Tình trạng nộp, which says where they are", () => {
    const status = layoutSummary(summary).sheets.find((s) => s.name === "Tình trạng nộp")!;
    const title = status.cells.find((c) => String(c.value).startsWith("Số liệu đơn vị để trống"))!;
    expect(status.cells.find((c) => c.row === title.row + 1)!.value).toBe(
      "21 số liệu để trống của 500 đơn vị, ở trang Số liệu để trống / 21 figure(s) left blank by 500 unit(s), on sheet Figures left blank",
    );
    expect(status.cells.some((c) => c.value === EVERY_FIGURE)).toBe(false);
  });

  it("print whole: no row taller than Excel shows and prints (409 points)", () => {
    // In one row, the codes of 500 units wrapped to 36 lines: Excel cut it at 27, after 378 of them.
    expect(rows.length).toBeGreaterThan(1);
    for (const [i, codes] of rows.entries())
      expect({ i, points: wrappedLines(codes, codesWidth) * DEFAULT_ROW_POINTS <= MOST_ROW_POINTS }).toEqual({
        i,
        points: true,
      });
  });
});

describe("a unit whose round left a form out, beside one that sent none of it", () => {
  // A year: X01's second round without Biểu 02 leaves its flows unreported, not its closing figures; Y01 sent
  // no Biểu 02 at all; Z01 sent both rounds whole.
  const round = (code: string, id: string, templates: readonly ("B01" | "B02")[]) =>
    submission(
      { unit: unit(code), period: parsePeriod(id)!, templates, fills: consistentFills(templates, 3) },
      `${code}-${id}.xlsx`,
    );
  const summary = rollup(
    [
      round("X01", "2025-D1", ["B01", "B02"]),
      round("X01", "2025-D2", ["B01"]),
      round("Y01", "2025-D1", ["B01"]),
      round("Y01", "2025-D2", ["B01"]),
      round("Z01", "2025-D1", ["B01", "B02"]),
      round("Z01", "2025-D2", ["B01", "B02"]),
    ],
    { period: parsePeriod("2025")! },
  );
  const { entries } = blankFigures(summary);

  it("lists the first once for the form, the second on each flow it left out", () => {
    const x01 = summary.unreported.filter((c) => c.units.includes("X01"));
    expect(x01.length).toBeGreaterThan(0);
    expect(x01.length).toBeLessThan(summary.unreported.length);
    expect(entries[0]).toEqual({ head: [1, "Biểu 02", EVERY_FIGURE], codes: ["Y01"] });
    expect(entries.slice(1).map((e) => e.codes)).toEqual(x01.map(() => ["X01"]));
    expect(entries.slice(1).map((e) => e.head[1])).toEqual(x01.map(() => "Biểu 02"));
  });
});

describe("a unit that missed the year's last round, beside one that sent no Biểu 01", () => {
  // Đắk Nông's year: KCN sent Biểu 01 in Đợt 1 and no Đợt 2, so the form's figures, all closing ones, are
  // blank for the year. The sheet said it "sent no such form, or left all of it blank" (a helper round).
  const units = [unit("KCN"), unit("X01"), unit("Y01")];
  const round = (code: string, id: string, templates: readonly ("B01" | "B04")[]) =>
    submission(
      { unit: unit(code), period: parsePeriod(id)!, templates, fills: consistentFills(templates, 5) },
      `${code}-${id}.xlsx`,
    );
  const summary = rollup(
    [
      round("KCN", "2025-D1", ["B01", "B04"]),
      round("X01", "2025-D1", ["B01", "B04"]),
      round("X01", "2025-D2", ["B01", "B04"]),
      round("Y01", "2025-D1", ["B04"]),
      round("Y01", "2025-D2", ["B04"]),
    ],
    { period: parsePeriod("2025")!, campaign: testCampaign({}, units) },
  );

  it("says the first missed the round its figures come from, the second sent no such form", () => {
    const b01 = blankFigures(summary).entries.filter((e) => e.head[1] === "Biểu 01");
    expect(b01.map((e) => [e.head[2], e.codes])).toEqual([
      [EVERY_FIGURE, ["Y01"]],
      [
        "Mọi số liệu của biểu (đơn vị không báo cáo đợt có các số này: xem cột Đợt, khoảng thời gian chưa báo cáo ở trang Tình trạng nộp)",
        ["KCN"],
      ],
    ]);
  });
});
