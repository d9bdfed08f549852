import { columnPoints, PAGE_SPARE, printableSize } from "../../src/core/layout/page";
import { LEAST_SCALE_PERCENT, widePrint } from "../../src/core/layout/print-wide";
import { summaryPlan } from "../excel/fakes/plans";

const TITLES = { left: 0, right: 2 };
/** What one page holds at the least scale, besides the repeated columns, in a column's points. */
const ROOM = ((printableSize("landscape").width * 100) / LEAST_SCALE_PERCENT) * (1 - PAGE_SPARE);

/** Columns 6, 14, 36 wide for the unit, then `figures` columns 11 wide. */
const widths = (figures: number) => [6, 14, 36, ...Array<number>(figures).fill(11)];
const widthOf = (cols: readonly number[]) => cols.reduce((sum, w) => sum + columnPoints(w), 0);
const area = (cols: number) => ({ top: 0, left: 0, bottom: 40, right: cols - 1 });

describe("a table printed several pages wide", () => {
  it("is not, where one landscape page holds it at the least scale or more", () => {
    const cols = widths(10);
    expect(widthOf(cols) * (LEAST_SCALE_PERCENT / 100)).toBeLessThan(printableSize("landscape").width);
    expect(widePrint(area(cols.length), cols, TITLES, [], widthOf(cols))).toBeNull();
  });

  it("fills each page with whole columns beside the unit columns, at the least scale", () => {
    const cols = widths(60);
    const wide = widePrint(area(cols.length), cols, TITLES, [], widthOf(cols))!;
    expect(wide.scale).toBe(LEAST_SCALE_PERCENT);
    const starts = [3, ...wide.columnBreaks];
    starts.forEach((start, i) => {
      const end = (starts[i + 1] ?? cols.length) - 1;
      const page = widthOf(cols.slice(0, 3)) + widthOf(cols.slice(start, end + 1));
      expect(page).toBeLessThanOrEqual(ROOM);
      // A page ends where the next column would not fit.
      if (i + 1 < starts.length) expect(page + columnPoints(cols[end + 1]!)).toBeGreaterThan(ROOM);
    });
  });

  it("breaks between headings spanning columns, and cuts one only where it is wider than a page", () => {
    const cols = widths(60);
    const groups = Array.from({ length: 20 }, (_, i) => ({
      top: 6,
      left: 3 + 3 * i,
      bottom: 6,
      right: 5 + 3 * i,
    }));
    const wide = widePrint(area(cols.length), cols, TITLES, groups, widthOf(cols))!;
    expect(wide.columnBreaks.length).toBeGreaterThan(0);
    for (const col of wide.columnBreaks) expect((col - 3) % 3).toBe(0);
    const huge = [{ top: 6, left: 3, bottom: 6, right: 62 }];
    const cut = widePrint(area(cols.length), cols, TITLES, huge, widthOf(cols))!;
    expect(cut.columnBreaks).toEqual(
      widePrint(area(cols.length), cols, TITLES, [], widthOf(cols))!.columnBreaks,
    );
  });

  it("gives a province's widest sheets their unit columns on every page and ends the title with the first", () => {
    const plan = summaryPlan(48);
    const overview = plan.sheets.find((s) => s.name === "Tổng hợp")!;
    const wide = overview.print!.wide!;
    expect(wide.repeatColumns).toEqual(TITLES);
    expect(overview.print!.orientation).toBe("landscape");
    const title = overview.merges.find((m) => m.top === 0)!;
    expect(title.right).toBe(wide.columnBreaks[0]! - 1);
    // No chart is cut between two pages side by side.
    for (const { anchor, size } of overview.charts!)
      for (const col of wide.columnBreaks)
        expect(col <= anchor.col || col > anchor.col + size.cols - 1).toBe(true);
  });
});
