import type { Area } from "../grid/a1";
import { columnPoints, fitScale, PAGE_SPARE, printableSize } from "./page";
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
 * Whether a table of `width` points is printed several pages wide, and how: pages filled from the left
 * with whole columns, breaking where no heading spanning columns and no chart is cut (a block wider than
 * a page is cut where the page ends). Null where landscape at LEAST_SCALE_PERCENT or more holds it.
 */
export function widePrint(
  area: Area,
  columnWidths: readonly number[],
  repeatColumns: WidePrint["repeatColumns"],
  whole: readonly Area[],
  width: number,
): WidePrint | null {
  if (fitScale(width, "landscape") * 100 >= LEAST_SCALE_PERCENT) return null;
  const points = (col: number) => columnPoints(columnWidths[col] ?? DEFAULT_COLUMN_WIDTH);
  let titles = 0;
  for (let col = repeatColumns.left; col <= repeatColumns.right; col++) titles += points(col);
  const room = ((printableSize("landscape").width * 100) / LEAST_SCALE_PERCENT) * (1 - PAGE_SPARE) - titles;
  const breakable = (col: number) => !whole.some(({ left, right }) => left < col && col <= right);
  const columnBreaks: number[] = [];
  let start = Math.max(area.left, repeatColumns.right + 1);
  let used = 0;
  let lastBreakable: number | undefined;
  for (let col = start; col <= area.right; col++) {
    if (col > start && breakable(col)) lastBreakable = col;
    used += points(col);
    if (used <= room || col === start) continue;
    start = lastBreakable ?? col;
    columnBreaks.push(start);
    lastBreakable = undefined;
    used = 0;
    col = start - 1;
  }
  return { scale: LEAST_SCALE_PERCENT, repeatColumns, columnBreaks };
}
