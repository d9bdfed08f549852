import { WHOLE_SHEET, type Area } from "../../core/grid/a1";
import type { GridCell } from "../../core/grid/grid";
import { streamXml } from "../xml/xml-stream";
import type { KeptPositions } from "../sheet-geometry/sheet-areas";
import {
  cornersArea,
  markerOk,
  markUnder,
  MAX_ANCHORS,
  type Marker,
  type SheetLayout,
} from "../sheet-geometry/drawing-places";

/** VML's own namespace (v:shape…) and Excel's (x:ClientData, its anchor and its flags). */
const VML_NS = "urn:schemas-microsoft-com:vml";
const EXCEL_NS = "urn:schemas-microsoft-com:office:excel";

/** VML's elements that draw something; a v:shapetype only describes shapes, a v:textbox lies inside one. */
const SHAPES = new Set([
  "shape",
  "rect",
  "roundrect",
  "oval",
  "line",
  "polyline",
  "curve",
  "arc",
  "image",
  "group",
]);

/** Where a shown shape lies, and whether it is a note's box or another shape (a form control's). */
interface Drawn {
  readonly area: Area;
  readonly kind: "note" | "shape";
}

/** A shape drawn on the sheet, as far as where and whether it shows. */
interface Shape {
  readonly depth: number;
  /** Whether every `visibility` of its style says hidden. */
  readonly styleHidden: boolean;
  /** Whether its x:ClientData has an x:Visible (a note shown always). */
  visible: boolean;
  /** Whether its x:ClientData is a note's (ObjectType "Note"), not a form control's. */
  note: boolean;
  /** The x:Anchor texts of its x:ClientData. */
  anchors: string[];
}

/** Whether a VML style (CSS: "position:absolute;…;visibility:hidden") hides the shape, whatever reader. */
function hiddenByStyle(style: string | undefined): boolean {
  const values = (style ?? "")
    .split(";")
    .map((declaration) => declaration.split(":"))
    .filter(([property]) => property?.trim().toLowerCase() === "visibility")
    .map(([, value]) => value?.trim().toLowerCase());
  return values.length > 0 && values.every((value) => value === "hidden");
}

/**
 * An anchor's "LeftColumn, LeftOffset, TopRow, TopOffset, RightColumn, RightOffset, BottomRow,
 * BottomOffset" (columns and rows from 0, offsets in pixels) as the cells it covers; the whole sheet if
 * it is not eight whole numbers, which may be below zero (see `cornersArea`; LibreOffice writes a note's
 * box "3, 23, 6, 22, 4, -8, 8, 5": red team, round 63, read as the whole sheet, the form refused). One
 * whose end is not after its start LibreOffice places by its style, anywhere (round 64): the whole sheet.
 */
function anchorArea(text: string, layout: SheetLayout): Area {
  const numbers = text.split(",").map((n) => (/^\s*-?\d+\s*$/.test(n) ? Number(n) : NaN));
  if (numbers.length !== 8) return WHOLE_SHEET;
  const [col, colOff, row, rowOff, toCol, toColOff, toRow, toRowOff] = numbers as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const from: Marker = { col, colOff, row, rowOff };
  const to: Marker = { col: toCol, colOff: toColOff, row: toRow, rowOff: toRowOff };
  return markerOk(from) && markerOk(to) ? cornersArea(from, to, layout) : WHOLE_SHEET;
}

/**
 * Where the shown shapes of a legacy (VML) drawing lie: cell notes and form controls. A note shows its box
 * always where Excel finds x:Visible, and where LibreOffice finds its style not `visibility:hidden` (it
 * reads no x:Visible); another shape where its style does not hide it. A shape is placed by its
 * x:ClientData's x:Anchor; one shown without a single readable anchor (LibreOffice draws a shape without
 * one where its style puts it) covers the whole sheet.
 */
function shownAreas(vml: string, layout: SheetLayout): Drawn[] {
  const areas: Drawn[] = [];
  let shape: Shape | null = null;
  let count = 0;
  let inClientData = false;
  let anchor: string | null = null;
  streamXml(vml, {
    open(name, attributes, _, namespace, depth) {
      if (!shape) {
        if (namespace !== VML_NS || !SHAPES.has(name)) return;
        if (++count > MAX_ANCHORS) throw new Error(`more than ${MAX_ANCHORS} shapes on a sheet`);
        const styleHidden = hiddenByStyle(attributes.get("style"));
        shape = { depth, styleHidden, visible: false, note: false, anchors: [] };
      } else if (namespace === EXCEL_NS && name === "ClientData" && depth === shape.depth + 1) {
        inClientData = true;
        shape.note = attributes.get("ObjectType") === "Note";
      } else if (inClientData && namespace === EXCEL_NS && depth === shape.depth + 2) {
        if (name === "Visible") shape.visible = true;
        if (name === "Anchor") anchor = "";
      }
    },
    text(chunk) {
      if (anchor !== null) anchor += chunk;
    },
    close(_, __, depth) {
      if (!shape) return;
      if (anchor !== null && depth === shape.depth + 2) {
        shape.anchors.push(anchor);
        anchor = null;
      } else if (depth === shape.depth + 1) inClientData = false;
      else if (depth === shape.depth) {
        if (shape.visible || !shape.styleHidden)
          areas.push({
            area: shape.anchors.length === 1 ? anchorArea(shape.anchors[0]!, layout) : WHOLE_SHEET,
            kind: shape.note ? "note" : "shape",
          });
        shape = null;
      }
    },
  });
  return areas;
}

/**
 * Marks each kept cell a shown shape of the sheet's legacy drawing lies over. Excel writes VML as HTML
 * more than XML: a `<br>` left open in a control's text is closed here, and a drawing still not XML (or
 * of too many shapes to place) is taken to cover the whole sheet, as no reader could say where its shapes
 * lie.
 */
export function markLegacyDrawnOver(
  vml: string,
  cells: Map<string, GridCell>,
  kept: KeptPositions,
  layout: SheetLayout,
): void {
  if (kept.all.length === 0) return;
  let drawn: Drawn[];
  try {
    drawn = shownAreas(vml.replace(/<br\s*>/gi, "<br/>"), layout);
  } catch {
    drawn = [{ area: WHOLE_SHEET, kind: "shape" }];
  }
  for (const kind of ["note", "shape"] as const)
    markUnder(
      drawn.filter((d) => d.kind === kind).map((d) => d.area),
      cells,
      kept,
      kind,
    );
}
