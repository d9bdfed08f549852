// Where a drawing lies over a sheet's cells, from its corners or its place and size, as every reader places it.
import { WHOLE_SHEET, type Area } from "../../core/grid/a1";
import { drawnOverBoth, type DrawingKind, type GridCell } from "../../core/grid/grid";
import type { KeptPositions } from "./sheet-areas";

/** An overlap too thin to hide a figure, in pixels. */
export const SLACK = 1;

/** No sheet of a report needs more drawings; more are refused rather than placed one by one. */
export const MAX_ANCHORS = 1_000;

/** A cell corner and how far into the cell (EMU, or pixels in a legacy drawing): an anchor's `from` or `to`. */
export interface Marker {
  col: number;
  colOff: number;
  row: number;
  rowOff: number;
}

/** How wide each column and how high each row a sheet shows, in pixels (0 where hidden). */
export interface SheetLayout {
  columnWidth(col: number): number;
  rowHeight(row: number): number;
}

export const markerOk = (m: Marker | undefined): m is Marker =>
  !!m && [m.col, m.colOff, m.row, m.rowOff].every(Number.isFinite);

/**
 * The cells a drawing from one cell corner to another covers, its offsets in fractions of a cell (an
 * .xls's OfficeArt anchor, in 1024ths of a column and 256ths of a row): its `to` cell only when the drawing
 * reaches more than `slack` into it.
 */
export function cellCornersArea(from: Marker, to: Marker, slack: number): Area {
  const end = (a: number, b: number, off: number) => Math.max(a, off > slack || b === a ? b : b - 1);
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: end(Math.min(from.row, to.row), Math.max(from.row, to.row), to.rowOff),
    right: end(Math.min(from.col, to.col), Math.max(from.col, to.col), to.colOff),
  };
}

/** The most cells a corner is walked back over: a hostile offset of a million rows is placed nowhere. */
const MAX_WALK = 1_000;

/**
 * One corner of a drawing along one axis, given as a cell and an offset in pixels into it, as the cell it
 * lies in and how far into it: an offset below zero walks back over the cells before (`size`: their
 * sizes). One past the cell's size as this measures it stays in the cell: the anchor's cell is what
 * programs place by, and they measure columns wider than this does (a picture LibreOffice anchored 378 px
 * into column A, 341 px here).
 */
function corner(cell: number, off: number, size: (i: number) => number) {
  let [at, into] = [Math.max(0, cell), off];
  while (into < 0 && at > 0 && cell - at < MAX_WALK) into += size(--at);
  return into < 0 && at > 0 ? null : { at, into: Math.max(0, into) };
}

/**
 * The cells (first and last) a drawing from one corner to another covers along one axis, its corners
 * given as a cell and an offset in pixels (see `corner`); null where its end does not lie after its start
 * (LibreOffice then places the drawing otherwise, a note by its style, anywhere) or a corner lies too far
 * back to place. A sliver of `slack` at either end is none.
 */
export function cornersSpan(
  from: { cell: number; off: number },
  to: { cell: number; off: number },
  size: (i: number) => number,
  slack: number,
): readonly [number, number] | null {
  const start = corner(from.cell, from.off, size);
  const end = corner(to.cell, to.off, size);
  if (!start || !end || end.at < start.at || (end.at === start.at && end.into <= start.into)) return null;
  // A start walked back to within a pixel of its cell's end lies in the next.
  const first =
    from.off < 0 && start.at < end.at && size(start.at) - start.into <= slack ? start.at + 1 : start.at;
  const final = end.at > first && end.into <= slack ? end.at - 1 : end.at;
  return [first, Math.max(first, final)];
}

/**
 * The cells a drawing from one cell corner to another covers, on the sheet's column widths and row heights
 * (offsets in pixels, or EMU where `unit` is a pixel's EMU): its `to` cell only when the drawing reaches
 * more than a pixel into it; the whole sheet where its end is not after its start (see `cornersSpan`).
 */
export function cornersArea(from: Marker, to: Marker, layout: SheetLayout, unit = 1): Area {
  const along = (axis: "col" | "row", size: (i: number) => number) =>
    cornersSpan(
      { cell: from[axis], off: from[`${axis}Off`] / unit },
      { cell: to[axis], off: to[`${axis}Off`] / unit },
      size,
      SLACK,
    );
  const [columns, rows] = [along("col", layout.columnWidth), along("row", layout.rowHeight)];
  return columns && rows
    ? { top: rows[0], left: columns[0], bottom: rows[1], right: columns[1] }
    : WHOLE_SHEET;
}

/** Marks each kept cell in one of the areas as lying under a drawing of that kind. */
export function markUnder(
  areas: readonly Area[],
  cells: Map<string, GridCell>,
  kept: KeptPositions,
  kind: DrawingKind,
): void {
  for (const { address } of kept.in(areas)) {
    const cell = cells.get(address)!;
    cells.set(address, { ...cell, underDrawing: drawnOverBoth(cell.underDrawing, kind) });
  }
}
