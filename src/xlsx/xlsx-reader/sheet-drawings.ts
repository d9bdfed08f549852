import { WHOLE_SHEET, type Area } from "../../core/grid/a1";
import { drawnOverBoth, type DrawingKind, type GridCell } from "../../core/grid/grid";
import { streamXml } from "../xml/xml-stream";
import type { KeptPositions } from "./sheet-areas";

/** The spreadsheet drawing namespaces, transitional and strict, of a drawing part's anchors. */
const DRAWING_NS: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
]);

/** EMUs in a pixel at 96 pixels an inch. */
const EMU_PER_PIXEL = 9525;

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

/** Where a drawing sits, as its anchor says; a number missing or not whole is NaN. */
interface Anchor {
  kind: "twoCellAnchor" | "oneCellAnchor" | "absoluteAnchor";
  from?: Marker;
  to?: Marker;
  /** `ext`'s cx and cy, and `pos`'s x and y, in EMU. */
  ext?: { x: number; y: number };
  pos?: { x: number; y: number };
  /** What it draws: a picture (`pic`) alone, or anything else (a shape, a text box, a chart, a group). */
  drawn: DrawingKind;
}

/** How wide each column and how high each row a sheet shows, in pixels (0 where hidden). */
export interface SheetLayout {
  columnWidth(col: number): number;
  rowHeight(row: number): number;
}

const ANCHORS = new Set(["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"]);
const MARKER_FIELDS = new Set(["col", "colOff", "row", "rowOff"]);

const whole = (text: string | undefined) =>
  text !== undefined && /^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN;

/**
 * Every anchor of a drawing part, wherever it is (inside mc:AlternateContent too, both the choice and
 * the fallback, which programs draw in the same place): each draws a text box, a picture, a chart, a
 * shape or a group of them over the sheet.
 */
function readAnchors(xml: string): Anchor[] {
  const anchors: Anchor[] = [];
  let anchor: Anchor | null = null;
  let anchorDepth = -1;
  let marker: Record<string, number> | null = null;
  let field = "";
  let text = "";
  const pair = (a: string | undefined, b: string | undefined) => ({ x: whole(a), y: whole(b) });
  streamXml(xml, {
    open(name, attributes, _, namespace, depth) {
      if (!DRAWING_NS.has(namespace)) return;
      if (!anchor && ANCHORS.has(name)) {
        if (anchors.length >= MAX_ANCHORS) throw new Error(`more than ${MAX_ANCHORS} drawings on a sheet`);
        anchors.push((anchor = { kind: name as Anchor["kind"], drawn: "shape" }));
        anchorDepth = depth;
      } else if (anchor && depth === anchorDepth + 1) {
        if (name === "from" || name === "to") marker = {};
        else if (name === "ext") anchor.ext = pair(attributes.get("cx"), attributes.get("cy"));
        else if (name === "pos") anchor.pos = pair(attributes.get("x"), attributes.get("y"));
        else if (name === "pic") anchor.drawn = "picture";
      } else if (marker && depth === anchorDepth + 2 && MARKER_FIELDS.has(name)) [field, text] = [name, ""];
    },
    text(chunk) {
      if (field) text += chunk;
    },
    close(name, namespace, depth) {
      if (!anchor || !DRAWING_NS.has(namespace)) return;
      if (field && depth === anchorDepth + 2) {
        marker![field] = whole(text);
        field = "";
      } else if (marker && depth === anchorDepth + 1) {
        if (name === "from" || name === "to") anchor[name] = marker as unknown as Marker;
        marker = null;
      } else if (depth === anchorDepth) anchor = null;
    },
  });
  return anchors;
}

/**
 * The cells (first and last, up to `last`) a drawing covers along one axis: it starts `offset` into cell
 * `start` and runs `extent` on, in the unit of `size`. A sliver of `slack` at either end is none: a
 * drawing laid exactly over a cell, its place rounded, covers that cell alone. Cells beyond `last` are
 * never walked: no kept cell is there.
 */
export function span(
  start: number,
  offset: number,
  extent: number,
  size: (i: number) => number,
  last: number,
  slack: number,
) {
  const inner = Math.min(slack, Math.max(0, extent) / 2);
  let [i, at] = [Math.max(0, start), Math.max(0, offset) + inner];
  while (i <= last && at >= size(i)) at -= size(i++);
  const first = i;
  let end = at + Math.max(0, extent) - 2 * inner;
  while (i <= last && end > size(i)) end -= size(i++);
  return [first, i] as const;
}

export const markerOk = (m: Marker | undefined): m is Marker =>
  !!m && [m.col, m.colOff, m.row, m.rowOff].every(Number.isFinite);

const pairOk = (p: { x: number; y: number } | undefined): p is { x: number; y: number } =>
  !!p && Number.isFinite(p.x) && Number.isFinite(p.y);

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

/**
 * The cells an anchor covers, wholly or in part. A two-cell anchor names them (its `to` cell only when
 * the drawing reaches into it); the others are placed on the sheet's column widths and row heights.
 */
function coveredArea(anchor: Anchor, layout: SheetLayout, last: { row: number; col: number }): Area {
  const { from, to, ext, pos } = anchor;
  const px = (emu: number) => emu / EMU_PER_PIXEL;
  if (anchor.kind === "twoCellAnchor")
    return markerOk(from) && markerOk(to) ? cornersArea(from, to, layout, EMU_PER_PIXEL) : WHOLE_SHEET;
  const start =
    anchor.kind === "oneCellAnchor"
      ? markerOk(from)
        ? { col: from.col, x: px(from.colOff), row: from.row, y: px(from.rowOff) }
        : null
      : pairOk(pos)
        ? { col: 0, x: px(pos.x), row: 0, y: px(pos.y) }
        : null;
  if (!start || !pairOk(ext)) return WHOLE_SHEET;
  const [left, right] = span(start.col, start.x, px(ext.x), layout.columnWidth, last.col, SLACK);
  const [top, bottom] = span(start.row, start.y, px(ext.y), layout.rowHeight, last.row, SLACK);
  return { top, left, bottom, right };
}

/**
 * Marks each kept cell a drawing of the sheet's drawing part lies over. One-cell and absolute anchors are placed as
 * Excel lays the sheet out at 100% with its default font (a character `characterPixels` wide): a program
 * drawing another font's widths places them a little apart, and any overlap counts, so a drawing laid
 * over a cell is still found there.
 */
export function markDrawnOver(
  drawing: string,
  cells: Map<string, GridCell>,
  kept: KeptPositions,
  layout: SheetLayout,
): void {
  if (kept.all.length === 0) return;
  const last = lastKept(kept);
  const anchors = readAnchors(drawing);
  for (const kind of ["picture", "shape"] as const) {
    const areas = anchors.filter(({ drawn }) => drawn === kind).map((a) => coveredArea(a, layout, last));
    markUnder(areas, cells, kept, kind);
  }
}

/** The last row and column holding a kept cell: no drawing need be placed past them. */
function lastKept(kept: KeptPositions): { row: number; col: number } {
  const last = { row: 0, col: 0 };
  for (const { row, col } of kept.all)
    [last.row, last.col] = [Math.max(last.row, row), Math.max(last.col, col)];
  return last;
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
