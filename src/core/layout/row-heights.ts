import type { Area } from "../grid/a1";
import { placeKey, type SheetPlan } from "./plan";
import { STYLES, type CellStyle } from "./styles";

/** Excel's default row: one line of 11-point Calibri. */
export const DEFAULT_ROW_POINTS = 15;
/**
 * Excel's tallest row (409.5 pt): Office.js refuses a taller height, and a file's taller row Excel cuts.
 * A text that needs more is cut there, as in Excel; it never stops a summary being written.
 */
export const MOST_ROW_POINTS = 409;
/** The font size (points) the forms are written in. */
export const DEFAULT_FONT_SIZE = 11;
/** Excel's width of a column no plan sizes, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/**
 * One character of a column's width in points: the widest digit of the default font, 7 px in Calibri 11,
 * at 96 px to 72 pt.
 */
export const CHARACTER_POINTS = (7 * 3) / 4;

const columnWidth = (widths: readonly number[], col: number) => widths[col] ?? DEFAULT_COLUMN_WIDTH;

/**
 * How many lines a text takes in a cell `width` characters wide, wrapped as a spreadsheet wraps it: word
 * by word, a word longer than a line cut where the line ends. A line holds one character fewer than the
 * width (the cell's padding), each character counted as wide as a digit, the unit of a column's width.
 * Letters are mostly narrower than digits, Vietnamese ones with their marks included, in Calibri and in
 * the font shown in its place (LibreOffice without Calibri shows DejaVu Sans and sizes columns by its
 * digits); so the count errs high, by a line at worst, and never falls a line short.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 1);
  // Most texts (a unit's name in its column) fit on one line: no words to split.
  if (text.length <= perLine && !text.includes("\n")) return 1;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = -1;
    for (const word of paragraph.split(" ")) {
      if (used >= 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used >= 0) lines++;
      lines += Math.max(0, Math.ceil(word.length / perLine) - 1);
      used = word.length === 0 ? 0 : word.length % perLine || perLine;
    }
  }
  return lines;
}

/**
 * How tall each row must be, in points, to show its wrapped texts whole (see wrappedLines); only rows
 * that need more than the default are listed. A line is 15 points high at 11 points of text and holds
 * as many characters as the cell is wide (or more, where its style counts them narrower: `letters`),
 * each in proportion at other sizes (a 14-point title wraps sooner). A merged cell is as wide as its columns together; one merged down several rows asks its
 * first row for what the others, at their default height, do not give it.
 */
export function wrappedRowHeights(
  plan: Pick<SheetPlan, "cells" | "merges" | "columnWidths">,
): Map<number, number> {
  const merged = new Map<number, Area>();
  for (const area of plan.merges) merged.set(placeKey(area.top, area.left), area);
  const heights = new Map<number, number>();
  for (const cell of plan.cells) {
    if (typeof cell.value !== "string" || cell.value === "" || !cell.style) continue;
    const style: CellStyle = STYLES[cell.style];
    if (!style.wrap) continue;
    const area = merged.get(placeKey(cell.row, cell.col)) ?? {
      top: cell.row,
      left: cell.col,
      bottom: cell.row,
      right: cell.col,
    };
    let width = 0;
    for (let col = area.left; col <= area.right; col++) width += columnWidth(plan.columnWidths, col);
    const size = style.size ?? DEFAULT_FONT_SIZE;
    const line = (DEFAULT_ROW_POINTS * size) / DEFAULT_FONT_SIZE;
    const needed = Math.min(
      MOST_ROW_POINTS,
      Math.ceil(
        wrappedLines(cell.value, (width * DEFAULT_FONT_SIZE) / size / (style.letters ?? 1)) * line -
          (area.bottom - area.top) * DEFAULT_ROW_POINTS,
      ),
    );
    if (needed > Math.max(DEFAULT_ROW_POINTS, heights.get(area.top) ?? 0)) heights.set(area.top, needed);
  }
  return heights;
}
