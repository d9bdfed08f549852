import { areaBetween, fromA1, inArea, WHOLE_SHEET, type Area } from "../../core/grid/a1";
import { span } from "../xlsx-reader/sheet-drawings";
import type { XmlAttributes } from "../xml/xml-stream";

export const DRAW_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"]);
const SVG_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"]);
const TABLE_NS = new Set(["urn:oasis:names:tc:opendocument:xmlns:table:1.0"]);

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

/** A drawing's place: on the sheet (`cell` absent) or from a cell's corner, in points; its end cell. */
interface Shape {
  readonly cell?: { row: number; col: number };
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly end?: { row: number; col: number } | null;
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
  private readonly covered = new Map<string, Area[]>();
  private count = 0;

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

  /** An element of the drawing namespace of the sheet, anchored to a cell or (none) to the sheet. */
  shape(sheet: string, attributes: XmlAttributes, cell?: { row: number; col: number }): void {
    const svg = (name: string) => this.points(attributes.get(name, SVG_NS));
    const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map(svg);
    const line = x1 !== undefined && y1 !== undefined && x2 !== undefined && y2 !== undefined;
    const [x, y, width, height] = line
      ? [Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1)]
      : [svg("x") ?? 0, svg("y") ?? 0, svg("width"), svg("height")];
    // A group, a text box inside a frame, a picture's image: no place of their own, the drawing has it.
    if (width === undefined || height === undefined) return;
    if (++this.count > MAX_SHAPES) throw new Error(`more than ${MAX_SHAPES} drawings`);
    const endAddress = attributes.get("end-cell-address", TABLE_NS);
    // An ODF cell is its sheet, a dot and its A1 address ("'Biểu 02'.E9").
    const end =
      endAddress === undefined ? undefined : fromA1(endAddress.slice(endAddress.lastIndexOf(".") + 1));
    const list = this.shapes.get(sheet) ?? [];
    this.shapes.set(sheet, list);
    list.push({ ...(cell ? { cell } : {}), x, y, width, height, ...(end !== undefined ? { end } : {}) });
  }

  /** Whether a drawing lies over a cell (row and column from 0) of a sheet, wholly or in part. */
  drawnOver(sheet: string, row: number, col: number): boolean {
    const shapes = this.shapes.get(sheet);
    if (!shapes) return false;
    let areas = this.covered.get(sheet);
    if (!areas) {
      const columnWidth = sizes(this.columns.get(sheet), LAID_COLUMNS, DEFAULT_WIDTH);
      const rowHeight = sizes(this.rows.get(sheet), LAID_ROWS, DEFAULT_HEIGHT);
      areas = shapes.map((shape) => place(shape, columnWidth, rowHeight));
      this.covered.set(sheet, areas);
    }
    return areas.some((area) => inArea(area, row, col));
  }
}

/** The cells a shape covers, wholly or in part, on the sheet's column widths and row heights. */
function place(
  { cell, x, y, width, height, end }: Shape,
  columnWidth: (i: number) => number,
  rowHeight: (i: number) => number,
): Area {
  if (end === null) return WHOLE_SHEET;
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
