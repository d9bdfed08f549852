import { columnPoints, printableSize } from "../../../src/core/layout/page";
import { LEAST_SCALE_PERCENT, STRIP_ROOM, widePrint } from "../../../src/core/layout/print-wide";
import { defaultCampaign, layoutCampaign, type Campaign } from "../../../src/core";
import { summaryPlan } from "../../excel/fakes/plans";

const TITLES = { left: 0, right: 2 };
/** What one page holds at the least scale, the repeated columns included, in a column's points. */
const ROOM = STRIP_ROOM;

/** Columns 6, 14, 36 wide for the unit, then the figures' columns. */
const withUnit = (figures: readonly number[]) => [6, 14, 36, ...figures];
const widthOf = (cols: readonly number[]) => cols.reduce((sum, w) => sum + columnPoints(w), 0);
const area = (cols: readonly number[]) => ({ top: 0, left: 0, bottom: 40, right: cols.length - 1 });
const wideOf = (cols: readonly number[], whole: Parameters<typeof widePrint>[3] = []) =>
  widePrint(area(cols), cols, TITLES, whole, widthOf(cols))!;

/** Each page's width, the repeated columns and its strip, from the breaks. */
function pageWidths(cols: readonly number[], breaks: readonly number[]): number[] {
  const starts = [3, ...breaks];
  return starts.map((start, i) => widthOf(cols.slice(0, 3)) + widthOf(cols.slice(start, starts[i + 1])));
}

/** Where pages break, whole columns beside the repeated ones filling each in turn to `room` points. */
function filledBreaks(cols: readonly number[], room: number): number[] {
  const titles = widthOf(cols.slice(0, 3));
  const breaks: number[] = [];
  let used = titles;
  cols.slice(3).forEach((w, i) => {
    if (used + columnPoints(w) > room) [used] = [titles, breaks.push(3 + i)];
    used += columnPoints(w);
  });
  return breaks;
}

const pagesAt = (cols: readonly number[], room: number) => filledBreaks(cols, room).length + 1;

/** The least width of the fullest page that still takes the fewest pages, to a point. */
function leastFullest(cols: readonly number[]): number {
  const fewest = pagesAt(cols, ROOM);
  let room = ROOM;
  while (pagesAt(cols, room - 1) === fewest) room--;
  return room;
}

describe("a table printed several pages wide", () => {
  it("is not, where one landscape page holds it at the least scale or more", () => {
    const cols = withUnit(Array<number>(10).fill(11));
    expect(widthOf(cols) * (LEAST_SCALE_PERCENT / 100)).toBeLessThan(printableSize("landscape").width);
    expect(widePrint(area(cols), cols, TITLES, [], widthOf(cols))).toBeNull();
  });

  it("takes the fewest pages whole columns fit on, at the least scale, their strips as even as that allows", () => {
    for (const figures of [60, 31, 100]) {
      const cols = withUnit(Array.from({ length: figures }, (_, i) => [11, 9, 15, 21][i % 4]!));
      const wide = wideOf(cols);
      expect(wide.scale).toBe(LEAST_SCALE_PERCENT);
      const pages = pageWidths(cols, wide.columnBreaks);
      expect({ figures, pages: pages.length }).toEqual({ figures, pages: pagesAt(cols, ROOM) });
      for (const page of pages) expect(page).toBeLessThanOrEqual(ROOM);
      // Filled page after page, the first pages are full; as even as the pages allow, the fullest is no
      // fuller than it must be (within the 2 % steps its search takes).
      expect(Math.max(...pages)).toBeLessThanOrEqual(leastFullest(cols) * 1.02);
    }
  });

  it("breaks between headings spanning columns, and cuts one only where it is wider than a page", () => {
    const cols = withUnit(Array<number>(60).fill(11));
    const groups = Array.from({ length: 20 }, (_, i) => ({
      top: 6,
      left: 3 + 3 * i,
      bottom: 6,
      right: 5 + 3 * i,
    }));
    const wide = wideOf(cols, groups);
    expect(wide.columnBreaks.length).toBeGreaterThan(0);
    for (const col of wide.columnBreaks) expect((col - 3) % 3).toBe(0);
    // One heading over all the figures: cut where pages end, as without it.
    const cut = wideOf(cols, [{ top: 6, left: 3, bottom: 6, right: 62 }]);
    expect(cut.columnBreaks.length).toBe(wideOf(cols).columnBreaks.length);
    for (const page of pageWidths(cols, cut.columnBreaks)) expect(page).toBeLessThanOrEqual(ROOM);
  });

  it("cuts a heading wider than a page no more often for the sake of even strips (review)", () => {
    // Before and after a heading 17 columns wide (1,045 pt, a page holds 646 beside the unit columns in
    // LibreOffice's widths): on two pages, or three where the columns before it fill the first.
    for (const before of [1, 3, 5, 8])
      for (const after of [2, 6, 11]) {
        const cols = withUnit(Array<number>(before + 17 + after).fill(11));
        const heading = { top: 6, left: 3 + before, bottom: 6, right: 3 + before + 16 };
        const inside = (col: number) => col > heading.left && col <= heading.right;
        const cuts = wideOf(cols, [heading]).columnBreaks.filter(inside);
        // As often as pages filled in turn cut it, at most.
        const filled = filledBreaks(cols, ROOM).filter(inside);
        expect({ before, after, cuts: cuts.length }).toEqual({ before, after, cuts: filled.length });
      }
  });

  it("keeps whole, in Excel's widths, headings wider than LibreOffice lays a page out but not Excel", () => {
    // Groups of 12 columns, 738 pt: a page holds 646 beside the unit columns as LibreOffice lays them out,
    // 806 as Excel does (TH Biểu 02's rows of 15 narrower columns).
    const cols = withUnit(Array<number>(48).fill(11));
    const groups = [0, 1, 2, 3].map((i) => ({ top: 6, left: 3 + 12 * i, bottom: 6, right: 14 + 12 * i }));
    expect(widthOf(cols.slice(3, 15)) + widthOf(cols.slice(0, 3))).toBeGreaterThan(ROOM);
    expect(wideOf(cols, groups).columnBreaks).toEqual([15, 27, 39]);
    // Ungrouped, the same columns fill LibreOffice's page.
    for (const page of pageWidths(cols, wideOf(cols).columnBreaks)) expect(page).toBeLessThanOrEqual(ROOM);
  });

  it("leaves no column alone on a page before a heading wider than a page (review)", () => {
    const cols = withUnit([11, ...Array<number>(40).fill(11)]);
    const wide = wideOf(cols, [{ top: 6, left: 4, bottom: 6, right: 43 }]);
    expect(wide.columnBreaks[0]).toBeGreaterThan(4);
  });

  it("gives a province's widest sheets their unit columns on every page, no chart nor heading cut", () => {
    const plan = summaryPlan(48);
    for (const sheet of plan.sheets.filter((s) => s.print?.wide)) {
      const wide = sheet.print!.wide!;
      expect(wide.repeatColumns).toEqual(TITLES);
      expect(sheet.print!.orientation).toBe("landscape");
      const repeat = sheet.print!.repeatRows!;
      const headings = sheet.merges.filter((m) => m.top <= repeat.bottom && m.bottom >= repeat.top);
      const charts = (sheet.charts ?? []).map(({ anchor, size }) => ({
        left: anchor.col,
        right: anchor.col + size.cols - 1,
      }));
      for (const col of wide.columnBreaks)
        for (const { left, right } of [...headings, ...charts])
          expect({ sheet: sheet.name, col, cut: left < col && col <= right }).toEqual({
            sheet: sheet.name,
            col,
            cut: false,
          });
    }
  });

  it("gives the campaign workbook's targets, for a province of many own indicators, the unit's code on every page", () => {
    // Red team, round 36: 24 own indicators printed the targets one page wide, at 23 %.
    const base = defaultCampaign(2025, [{ code: "P01", name: "Công đoàn P01", kind: "commune" }]);
    const indicators: Campaign["indicators"] = Array.from({ length: 24 }, (_, i) => ({
      code: `ind${i + 1}`,
      name: { vi: `Chỉ tiêu riêng số ${i + 1}`, en: `Own indicator ${i + 1}` },
      kind: "flow",
      unit: "người",
      required: true,
    }));
    const defaults = {
      ...base.defaults,
      ...Object.fromEntries(indicators!.map((d) => [`B05_${d.code}`, 10])),
    };
    const plan = layoutCampaign({ ...base, defaults, indicators });
    const wide = plan.sheets.filter((s) => s.print?.wide).map((s) => [s.name, s.print!.wide!.repeatColumns]);
    expect(wide).toContainEqual(["Chỉ tiêu giao", { left: 0, right: 0 }]);
  });
});
