import type { Area } from "../grid/a1";
import type { PlanPrint, SheetPlan } from "./plan";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_POINTS } from "./row-heights";

type Orientation = PlanPrint["orientation"];

/** A4, 210 × 297 mm, in points: the paper every sheet prints on. */
const A4 = { short: 595.28, long: 841.89 };

/**
 * Excel's "Normal" margins, which both writers leave as they are: 0.7 inch at the sides, 0.75 at the top
 * and the bottom (the footer sits inside the bottom one).
 */
const MARGIN = { side: 0.7 * 72, end: 0.75 * 72 };

/**
 * Room kept free on a page, for what the estimate of a sheet's printed size may miss (LibreOffice without
 * Calibri's metrics lays columns out a few percent wider).
 */
export const PAGE_SPARE = 0.1;

/** What a page holds inside its margins, in points. */
export function printableSize(orientation: Orientation): { width: number; height: number } {
  const [width, height] = orientation === "portrait" ? [A4.short, A4.long] : [A4.long, A4.short];
  return { width: width - 2 * MARGIN.side, height: height - 2 * MARGIN.end };
}

/**
 * A column's width in points, as the Excel host sizes it (plan widths are in characters, as in the file;
 * Office.js's `columnWidth` is in points): each character is the widest digit of Calibri 11 (7 px), plus
 * 5 px of padding, at 96 px to 72 pt. A file's column is a few pixels narrower, so the estimate errs wide.
 */
export const columnPoints = (characters: number) => (characters * 7 + 5) * 0.75;

/** An area's printed size at full scale, in points, from the plan's column widths and row heights. */
export function areaSize(
  area: Area,
  columnWidths: readonly number[],
  rowHeights: ReadonlyMap<number, number>,
): { width: number; height: number } {
  let width = 0;
  for (let col = area.left; col <= area.right; col++)
    width += columnPoints(columnWidths[col] ?? DEFAULT_COLUMN_WIDTH);
  return { width, height: rowsPoints(area.top, area.bottom, rowHeights) };
}

/** The height of rows `top` to `bottom` in points: the plan's, or Excel's default. */
export function rowsPoints(top: number, bottom: number, rowHeights: ReadonlyMap<number, number>): number {
  let height = 0;
  for (let row = top; row <= bottom; row++) height += rowHeights.get(row) ?? DEFAULT_ROW_POINTS;
  return height;
}

/**
 * How many pages rows `top` to `bottom` print on, one under another: a page ends before the row that would
 * overflow it, the first page holding `first` points of rows, each later one `later` (the repeated
 * heading rows come first on it). A row taller than a page takes one of its own.
 */
export function pagesDown(
  rows: { readonly top: number; readonly bottom: number },
  rowHeight: (row: number) => number,
  room: { readonly first: number; readonly later: number },
): number {
  let [pages, used, held] = [1, 0, room.first];
  for (let row = rows.top; row <= rows.bottom; row++) {
    const height = rowHeight(row);
    if (used > 0 && used + height > held) [pages, used, held] = [pages + 1, 0, room.later];
    used += height;
  }
  return pages;
}

/** How far a sheet printed one page wide is shrunk: never enlarged. */
export const fitScale = (width: number, orientation: Orientation) =>
  Math.min(1, printableSize(orientation).width / width);

/** How far a sheet printed one page wide and `tall` pages tall is shrunk: as its width or its height needs. */
export const fitPagesScale = (
  size: { width: number; height: number },
  orientation: Orientation,
  tall: number,
) => Math.min(fitScale(size.width, orientation), (tall * printableSize(orientation).height) / size.height);

/**
 * The way a sheet fitted to one page wide and `tall` pages tall prints largest: landscape on a tie. A wide
 * form of few rows prints landscape, a form of many rows and few columns portrait.
 */
export function orientationFitted(size: { width: number; height: number }, tall: number): Orientation {
  const laid = { ...size, width: size.width * LIBREOFFICE_WIDER };
  return fitPagesScale(laid, "portrait", tall) > fitPagesScale(laid, "landscape", tall)
    ? "portrait"
    : "landscape";
}

/** The scale a sheet fitted to one page wide and `tall` tall prints at the way it prints largest. */
export const largestFittedScale = (size: { width: number; height: number }, tall: number): number =>
  fitPagesScale({ ...size, width: size.width * LIBREOFFICE_WIDER }, orientationFitted(size, tall), tall);

/** A sheet's printed area at full scale, in points (see printable). */
export function printedSize(plan: SheetPlan): { width: number; height: number } {
  const heights = new Map((plan.rowHeights ?? []).map(({ row, height }) => [row, height]));
  return areaSize(plan.print!.area!, plan.columnWidths, heights);
}

/**
 * How much wider LibreOffice lays a sheet's columns out than Excel where it lacks Calibri and Carlito
 * (it sizes a column by DejaVu Sans's digits): measured 1.26 on Biểu 02. Its rows keep the file's heights,
 * so a form limited by its height in Excel may be limited by its width in LibreOffice: the way it prints
 * largest is chosen on the wider layout, which in Excel changes little (issue 64: Biểu 01 chosen portrait
 * printed its figures 6.2 pt high, landscape 7.3).
 */
export const LIBREOFFICE_WIDER = 1.26;

/** How many pages an area of this size takes, printed one page wide. */
export function pagesTall(size: { width: number; height: number }, orientation: Orientation): number {
  return Math.max(
    1,
    Math.ceil((size.height * fitScale(size.width, orientation)) / printableSize(orientation).height),
  );
}

/**
 * Portrait when the area is no wider than a portrait page. An area no wider than a landscape page prints
 * whichever way takes fewer pages, landscape on a tie (it is shrunk less): portrait shrinks it by at most
 * a third, and a sheet of paper saved is worth it (a short form just too wide for portrait). A wider area
 * prints landscape: portrait would always shrink it by a third more than landscape.
 */
export function orientationFor(size: { width: number; height: number }): Orientation {
  if (size.width <= printableSize("portrait").width) return "portrait";
  const fewerInPortrait =
    size.width <= printableSize("landscape").width &&
    pagesTall(size, "portrait") < pagesTall(size, "landscape");
  return fewerInPortrait ? "portrait" : "landscape";
}
