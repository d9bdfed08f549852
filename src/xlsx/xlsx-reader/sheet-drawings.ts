import { WHOLE_SHEET, type Area } from "../../core/grid/a1";
import type { DrawingKind, GridCell } from "../../core/grid/grid";
import { span } from "../../core/grid/drawing-span";
import { streamXml } from "../xml/xml-stream";
import type { KeptPositions } from "../sheet-geometry/sheet-areas";
import {
  cornersArea,
  markerOk,
  markUnder,
  MAX_ANCHORS,
  SLACK,
  type Marker,
  type SheetLayout,
} from "../sheet-geometry/drawing-places";

/** The spreadsheet drawing namespaces, transitional and strict, of a drawing part's anchors. */
const DRAWING_NS: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
]);

/** EMUs in a pixel at 96 pixels an inch. */
const EMU_PER_PIXEL = 9525;

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

const pairOk = (p: { x: number; y: number } | undefined): p is { x: number; y: number } =>
  !!p && Number.isFinite(p.x) && Number.isFinite(p.y);

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
