import { DEFAULT_FONT_SIZE } from "../layout/row-heights";

/** How a line of text is laid out in its cell, as far as whether it runs on over the cells beside it. */
export interface LineLayout {
  /** Each horizontal alignment a program may read its style with, of those that neither wrap, shrink nor turn it. */
  readonly horizontal: readonly string[];
  /** Its font's size, relative to the workbook's default font (11: as wide as the column counts). */
  readonly fontSize?: number;
}

/** The room of the cells beside a line: each column's width (characters), and whether a cell there holds something. */
export interface RowRoom {
  readonly width: (col: number) => number | undefined;
  readonly holds: (col: number) => boolean;
}

/**
 * What a character of a label takes, in digits of its font, at its least (Vietnamese words in Calibri or
 * Times New Roman run about 0.95): a line is judged to run on only where it clearly does.
 */
const LEAST_CHARACTER = 0.8;

/** The most columns beside its own a line is followed over: a form's widest line crosses a dozen. */
const MOST_COLUMNS = 64;

/** Left or General: a line runs on to the right. Right: to the left. Centred: both ways, half each. */
const TO_RIGHT = new Set(["general", "left"]);
const TO_LEFT = new Set(["right"]);
const BOTH_WAYS = new Set(["center", "centerContinuous"]);

/**
 * The columns a line drawn from column `col` runs on over, its own too narrow for it: Excel and
 * LibreOffice draw it on over the empty cells beside it, on their fills, up to the first that holds
 * something (where it is cut). A person reads its words there, so a fill they vanish on hides them (red
 * team, round 55: the unit and period line run from a narrowed column A over a row of black cells showed
 * "Đơn vị báo"). None where a column's width is not known.
 */
export function columnsRunOver(text: string, layout: LineLayout, col: number, room: RowRoom): number[] {
  const own = room.width(col);
  if (own === undefined) return [];
  const scale = (layout.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE;
  const over = [...text].length * LEAST_CHARACTER * scale - own;
  if (!(over > 0)) return [];
  const sides = new Set<number>();
  for (const horizontal of layout.horizontal) {
    if (TO_RIGHT.has(horizontal)) walk(col, 1, over, room, sides);
    else if (TO_LEFT.has(horizontal)) walk(col, -1, over, room, sides);
    else if (BOTH_WAYS.has(horizontal)) {
      walk(col, 1, over / 2, room, sides);
      walk(col, -1, over / 2, room, sides);
    }
  }
  return [...sides].sort((a, b) => a - b);
}

/** Adds the columns a line's `over` characters run on over, from `col` in direction `step`. */
function walk(col: number, step: 1 | -1, over: number, room: RowRoom, into: Set<number>): void {
  let left = over;
  for (let c = col + step, n = 0; left > 0 && c >= 0 && n < MOST_COLUMNS; c += step, n++) {
    const width = room.width(c);
    if (width === undefined || room.holds(c)) return;
    into.add(c);
    left -= width;
  }
}
