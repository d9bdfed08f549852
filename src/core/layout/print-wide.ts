import type { Area } from "../grid/a1";
import { columnPoints, fitScale, LIBREOFFICE_WIDER, PAGE_SPARE, printableSize } from "./page";
import type { PlanPrint } from "./plan";
import { DEFAULT_COLUMN_WIDTH } from "./row-heights";

/**
 * The least a table is shrunk to on paper, in percent: its 11-pt figures print 6.6 pt high. A table that
 * one landscape page's width would shrink further prints several pages wide at this scale instead, the
 * columns naming its rows on every page.
 */
export const LEAST_SCALE_PERCENT = 60;

export type WidePrint = NonNullable<PlanPrint["wide"]>;

/**
 * What a page holds at LEAST_SCALE_PERCENT, the repeated columns included, in Excel's points: as LibreOffice
 * lays columns out wider, with 3 % to spare (LIBREOFFICE_WIDER was measured on Biểu 02; Tổng hợp's columns
 * came out 1.27 times as wide).
 */
const PAGE_AT_LEAST_SCALE = (printableSize("landscape").width * 100) / LEAST_SCALE_PERCENT;
const LIBREOFFICE_SPARE = 0.03;
export const STRIP_ROOM = (PAGE_AT_LEAST_SCALE * (1 - LIBREOFFICE_SPARE)) / LIBREOFFICE_WIDER;
/** The same in Excel's own widths, with a tenth to spare. */
const EXCEL_ROOM = PAGE_AT_LEAST_SCALE * (1 - PAGE_SPARE);

/**
 * Where strips of columns `first` to `last` break (each the column that begins one), filled from the left
 * to `capacity` points: a strip ends before the last column it may break at (`breakable`), or goes on to
 * `room`, a page's width, where it has none; a block of columns wider than a page is cut where the page
 * ends, not left alone on a strip of its own.
 */
function breaksWithin(
  points: (col: number) => number,
  [first, last]: readonly [number, number],
  breakable: (col: number) => boolean,
  capacity: number,
  room: number,
): number[] {
  /** Whether the columns from `col` to the next place a strip may break at are wider than a page. */
  const widerThanPage = (col: number) => {
    let width = points(col);
    for (let next = col + 1; next <= last && !breakable(next) && width <= room; next++) width += points(next);
    return width > room;
  };
  const breaks: number[] = [];
  let start = first;
  let used = 0;
  let lastBreakable: number | undefined;
  for (let col = first; col <= last; col++) {
    if (col > start && breakable(col)) lastBreakable = col;
    used += points(col);
    if (used <= capacity || col === start || (lastBreakable === undefined && used <= room)) continue;
    start = lastBreakable !== undefined && !widerThanPage(lastBreakable) ? lastBreakable : col;
    breaks.push(start);
    [lastBreakable, used] = [undefined, 0];
    col = start - 1;
  }
  return breaks;
}

/**
 * Whether a table of `width` points is printed several pages wide, and how: in as few strips of whole
 * columns beside the repeated ones as a page's width allows, breaking where no heading spanning columns
 * and no chart is cut, and those strips as even as their number allows. A page's width is LibreOffice's
 * (STRIP_ROOM) unless that cuts headings Excel's would keep whole (wider than LibreOffice's page but not
 * Excel's): such a table keeps them whole where Excel prints it. Null where landscape at
 * LEAST_SCALE_PERCENT or more holds the table.
 */
export function widePrint(
  area: Area,
  columnWidths: readonly number[],
  repeatColumns: WidePrint["repeatColumns"],
  whole: readonly Area[],
  width: number,
): WidePrint | null {
  // Judged as LibreOffice lays it out: fitted at 62 % in Excel's widths, TH Biểu 04 printed at 49 % there.
  if (fitScale(width * LIBREOFFICE_WIDER, "landscape") * 100 >= LEAST_SCALE_PERCENT) return null;
  const points = (col: number) => columnPoints(columnWidths[col] ?? DEFAULT_COLUMN_WIDTH);
  let titles = 0;
  for (let col = repeatColumns.left; col <= repeatColumns.right; col++) titles += points(col);
  const breakable = (col: number) => !whole.some(({ left, right }) => left < col && col <= right);
  const columns = [Math.max(area.left, repeatColumns.right + 1), area.right] as const;
  const cuts = (breaks: readonly number[]) => breaks.filter((col) => !breakable(col)).length;
  const strips = (room: number) => {
    const fewest = breaksWithin(points, columns, breakable, room, room);
    // A heading wider than a page is cut where a page ends: evener strips must not cut it more often (review).
    let evenest = fewest;
    for (let capacity = room * EVENER; capacity > room / 2; capacity *= EVENER) {
      const breaks = breaksWithin(points, columns, breakable, capacity, room);
      if (breaks.length > fewest.length) break;
      if (cuts(breaks) <= cuts(fewest)) evenest = breaks;
    }
    return evenest;
  };
  // Strips filled in Excel's widths printed their last columns on a page of their own in LibreOffice: a
  // demo's Tổng hợp of 9 units on 10 pages, not 5, a heading cut in two on each.
  const libre = strips(STRIP_ROOM - titles);
  const cutBy = (breaks: readonly number[]) => (area: Area) =>
    breaks.some((col) => area.left < col && col <= area.right);
  const cutHeadings = whole.filter(cutBy(libre));
  // Excel's strips are worked out only where LibreOffice's cut a heading: most tables' cut none.
  const excel = cutHeadings.length > 0 ? strips(EXCEL_ROOM - titles) : libre;
  const keptByExcel = cutHeadings.some((heading) => !cutBy(excel)(heading));
  return { scale: LEAST_SCALE_PERCENT, repeatColumns, columnBreaks: keptByExcel ? excel : libre };
}

/** How much less each try at even strips fills them. */
const EVENER = 0.98;
