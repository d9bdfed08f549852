import { areaBetween, fromA1, inArea, WHOLE_SHEET, type Area } from "../../../core/grid/a1";
import { drawnOverBoth, type DrawingKind } from "../../../core/grid/grid";
import { span } from "../../../core/grid/drawing-span";
import type { XmlAttributes } from "../../xml/xml-stream";
import { leavesInPlace, transformedBox, type Box } from "./ods-transform";
import { TABLE_NS } from "./odf-units";

export const DRAW_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"]);
const SVG_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"]);

/** No sheet of a report needs more drawings; more are refused rather than placed one by one. */
const MAX_SHAPES = 1_000;
/**
 * The rows and columns drawings are placed on: a form lies well within them, and a drawing beyond them
 * covers none of its cells.
 */
const LAID_ROWS = 5_000;
const LAID_COLUMNS = 1_024;
/** An overlap too thin to hide a figure, in points. */
const SLACK = 1;
/** LibreOffice's sizes of a column and a row that give none, in points. */
const DEFAULT_WIDTH = 64;
const DEFAULT_HEIGHT = 12.8;

/**
 * A drawing's place: on the sheet (`cell` absent) or from a cell's corner, in points; its end cell;
 * `unplaced` where its place cannot be read (anywhere on the sheet). What it is: a picture while it
 * holds an image alone, without words.
 */
interface Shape {
  readonly cell?: { row: number; col: number };
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly end?: { row: number; col: number } | null;
  readonly unplaced?: true;
  kind: DrawingKind;
}

/** The drawing being read, while its elements stream by: what it holds tells a picture from a shape. */
interface Reading {
  readonly shape: Shape;
  readonly depth: number;
  image: boolean;
  /** The depth of an element whose text is not shown on the drawing (its title, its description). */
  unshown: number | null;
  /** A cell's note shown always: its box shows its own words, read as a note's, whatever it holds. */
  readonly note?: true;
}

/** Runs of rows or columns (from 0) of one size in points; 0 where hidden. */
type SizeRuns = { first: number; count: number; size: number }[];

/**
 * The drawings of an .ods's sheets and where they lie: told each shape, row and column as content.xml
 * streams by (`odsVisibility`), placed once asked. A shape is anything drawn (a frame, a text box, a
 * picture, a chart, a custom shape), anchored to the sheet (in `table:shapes`) or to a cell.
 */
export class OdsDrawings {
  private readonly shapes = new Map<string, Shape[]>();
  private readonly rows = new Map<string, SizeRuns>();
  private readonly columns = new Map<string, SizeRuns>();
  private readonly covered = new Map<string, { area: Area; kind: DrawingKind }[]>();
  private count = 0;
  private reading: Reading | null = null;

  constructor(private readonly points: (length: string | undefined) => number | undefined) {}

  /** A row or a column run of the sheet, its size in points (undefined for none given), hidden or not. */
  sized(
    kind: "rows" | "columns",
    sheet: string,
    first: number,
    count: number,
    size: number | undefined,
    hidden: boolean,
  ) {
    const runs = (kind === "rows" ? this.rows : this.columns).get(sheet) ?? [];
    (kind === "rows" ? this.rows : this.columns).set(sheet, runs);
    const last = kind === "rows" ? LAID_ROWS : LAID_COLUMNS;
    if (first <= last)
      runs.push({
        first,
        count,
        size: hidden ? 0 : (size ?? (kind === "rows" ? DEFAULT_HEIGHT : DEFAULT_WIDTH)),
      });
  }

  /**
   * An element inside a sheet's `table:shapes` or a cell, of any namespace: a drawing's element places a
   * drawing (anchored to `cell`, or to the sheet where none) or tells what the drawing being read holds.
   */
  element(
    sheet: string,
    drawing: boolean,
    name: string,
    attributes: XmlAttributes,
    depth: number,
    cell?: { row: number; col: number },
  ): void {
    const reading = this.reading;
    if (reading && depth > reading.depth) {
      if (drawing && name === "image") reading.image = true;
      else if (drawing) reading.shape.kind = "shape";
      else if (reading.unshown === null && (name === "title" || name === "desc")) reading.unshown = depth;
    }
    if (!drawing) return;
    const shape = this.shape(sheet, attributes, cell);
    // Only a frame holds a picture; a drawing inside another is told apart by no one.
    if (shape && (reading || name !== "frame")) shape.kind = "shape";
    if (shape && !reading) this.reading = { shape, depth, image: false, unshown: null };
  }

  /**
   * A note shown always on a cell (`office:annotation`, `office:display="true"`): LibreOffice draws its box
   * where svg:x and svg:y say, from the sheet's corner rather than its cell's, over whatever lies there
   * (red team, round 46). One without a place of its own is taken to lie anywhere.
   */
  note(sheet: string, attributes: XmlAttributes, depth: number): void {
    if (this.reading) return;
    const placed = ["x", "y"].every((name) => attributes.get(name, SVG_NS) !== undefined);
    const shape = placed ? this.shape(sheet, attributes) : null;
    if (shape) this.reading = { shape, depth, image: false, unshown: null, note: true };
    else this.add(sheet, { x: 0, y: 0, width: 0, height: 0, unplaced: true, kind: "note" });
  }

  /** A text inside the drawing being read: one shown makes it a shape, whatever else it holds. */
  text(chunk: string): void {
    if (this.reading && this.reading.unshown === null && chunk.trim() !== "")
      this.reading.shape.kind = "shape";
  }

  /** An element's end: the drawing being read ends with its own, a picture if it held an image alone. */
  closed(depth: number): void {
    const reading = this.reading;
    if (!reading) return;
    if (depth === reading.unshown) reading.unshown = null;
    if (depth !== reading.depth) return;
    if (reading.note) reading.shape.kind = "note";
    else if (!reading.image) reading.shape.kind = "shape";
    this.reading = null;
  }

  /** The drawing an element of the drawing namespace places, if it has a place of its own. */
  private shape(sheet: string, attributes: XmlAttributes, cell?: { row: number; col: number }): Shape | null {
    const svg = (name: string) => this.points(attributes.get(name, SVG_NS));
    const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map(svg);
    const line = x1 !== undefined && y1 !== undefined && x2 !== undefined && y2 !== undefined;
    const [x, y, width, height] = line
      ? [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)]
      : [svg("x") ?? 0, svg("y") ?? 0, svg("width"), svg("height")];
    const sized = width !== undefined && height !== undefined;
    // LibreOffice writes a turned, skewed or scaled drawing's place as a transform of its box.
    const transform = attributes.get("transform", DRAW_NS);
    const box = { x, y, width: width ?? 0, height: height ?? 0 };
    const moved = transform === undefined ? box : transformedBox(transform, box, this.points);
    // A group, a text box inside a frame, a picture's image: no place of their own, the drawing has it;
    // but a group moved as a whole moves its drawings where they cannot be placed.
    if (!sized && (transform === undefined || leavesInPlace(transform, this.points))) return null;
    const endAddress = attributes.get("end-cell-address", TABLE_NS);
    // An ODF cell is its sheet, a dot and its A1 address ("'Biểu 02'.E9").
    const end =
      endAddress === undefined ? undefined : fromA1(endAddress.slice(endAddress.lastIndexOf(".") + 1));
    return this.add(sheet, {
      ...(cell ? { cell } : {}),
      ...clipped(moved ?? box),
      ...(end !== undefined ? { end } : {}),
      ...(moved === null || !sized ? { unplaced: true as const } : {}),
      kind: "picture",
    });
  }

  /** Keeps a drawing of a sheet, counted against the limit whether it has a place or not. */
  private add(sheet: string, shape: Shape): Shape {
    if (++this.count > MAX_SHAPES) throw new Error(`more than ${MAX_SHAPES} drawings`);
    const list = this.shapes.get(sheet) ?? [];
    this.shapes.set(sheet, list);
    list.push(shape);
    return shape;
  }

  /** What kind of drawing lies over a cell (row and column from 0) of a sheet, wholly or in part, if any. */
  drawnOver(sheet: string, row: number, col: number): DrawingKind | undefined {
    const shapes = this.shapes.get(sheet);
    if (!shapes) return undefined;
    let areas = this.covered.get(sheet);
    if (!areas) {
      const columnWidth = sizes(this.columns.get(sheet), LAID_COLUMNS, DEFAULT_WIDTH);
      const rowHeight = sizes(this.rows.get(sheet), LAID_ROWS, DEFAULT_HEIGHT);
      areas = shapes.map((shape) => ({ area: place(shape, columnWidth, rowHeight), kind: shape.kind }));
      this.covered.set(sheet, areas);
    }
    return areas.reduce<DrawingKind | undefined>(
      (found, { area, kind }) => (inArea(area, row, col) ? drawnOverBoth(found, kind) : found),
      undefined,
    );
  }
}

/** The part of a box right of and below its anchor's corner: what lies beyond the sheet's edge covers nothing. */
const clipped = ({ x, y, width, height }: Box): Box => ({
  x: Math.max(0, x),
  y: Math.max(0, y),
  width: Math.max(0, width + Math.min(0, x)),
  height: Math.max(0, height + Math.min(0, y)),
});

/** The cells a shape covers, wholly or in part, on the sheet's column widths and row heights. */
function place(
  { cell, x, y, width, height, end, unplaced }: Shape,
  columnWidth: (i: number) => number,
  rowHeight: (i: number) => number,
): Area {
  if (end === null || unplaced) return WHOLE_SHEET;
  const [left, right] = span(cell?.col ?? 0, x, width, columnWidth, LAID_COLUMNS, SLACK);
  const [top, bottom] = span(cell?.row ?? 0, y, height, rowHeight, LAID_ROWS, SLACK);
  const placed = { top, left, bottom, right };
  if (!end) return placed;
  // A shape anchored from cell to cell reaches its end cell, wherever its size says it ends.
  const reach = areaBetween(cell ?? { row: 0, col: 0 }, end);
  return {
    top: Math.min(placed.top, reach.top),
    left: Math.min(placed.left, reach.left),
    bottom: Math.max(placed.bottom, reach.bottom),
    right: Math.max(placed.right, reach.right),
  };
}

/** Each row's (or column's) size up to `last`, from its runs. */
function sizes(runs: SizeRuns | undefined, last: number, fallback: number): (i: number) => number {
  const laid = new Float64Array(last + 1).fill(fallback);
  for (const { first, count, size } of runs ?? []) laid.fill(size, first, Math.min(first + count, last + 1));
  return (i) => laid[i] ?? fallback;
}
