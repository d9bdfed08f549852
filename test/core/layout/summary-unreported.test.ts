import { layoutSummary, parsePeriod, rollup } from "../../../src/core";
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

describe("the units that left a figure blank, on Tình trạng nộp", () => {
  const summary = summaryLeftBlank(500);
  const status = layoutSummary(summary).sheets.find((s) => s.name === "Tình trạng nộp")!;
  const at = (row: number, col: number) => status.cells.find((c) => c.row === row && c.col === col)?.value;
  const codesWidth = status.columnWidths!.slice(3, 9).reduce((sum, w) => sum + w, 0);
  const first = summary.unreported[0]!;
  // The table's title, its headings, then its first indicator's row.
  const title = status.cells.find((c) => String(c.value).startsWith("Số liệu đơn vị để trống"))!;
  const top = title.row + 2;
  // The indicator's rows: its own, then those that carry its codes on, up to the next indicator's.
  const rows: number[] = [top];
  while (at(rows.at(-1)! + 1, 0) === null && typeof at(rows.at(-1)! + 1, 3) === "string")
    rows.push(rows.at(-1)! + 1);

  it("are every one of them, in order", () => {
    expect(first.units).toHaveLength(500);
    expect([at(top, 0), at(top, 1)]).toEqual([1, "Biểu 01"]);
    const listed = rows.map((row) => String(at(row, 3))).join(", ");
    expect(listed).toBe(first.units.join(", "));
  });

  it("print whole: no row taller than Excel shows and prints (409 points)", () => {
    // In one row, the codes of 500 units wrapped to 36 lines: Excel cut it at 27, after 378 of them.
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows)
      expect({
        row,
        points: wrappedLines(String(at(row, 3)), codesWidth) * DEFAULT_ROW_POINTS <= MOST_ROW_POINTS,
      }).toEqual({
        row,
        points: true,
      });
  });
});
