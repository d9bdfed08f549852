import { fromA1 } from "../core/grid/a1";
import { span } from "../core/grid/drawing-span";
import { drawnOverBoth, type DrawingKind, type GridCell } from "../core/grid/grid";

/** An overlap too thin to hide a figure: a pixel, as the file readers take it (`SLACK`), in points. */
const SLACK_POINTS = 0.75;

/** Where a shape or a chart lies from the sheet's top-left corner, and its size, in points. */
const PLACE = "items/left,items/top,items/width,items/height";

/** A form sheet's drawings, queued in the read's second sync: its shapes (ExcelApi 1.9) and charts (1.1). */
export interface SheetDrawings {
  readonly shapes: Excel.ShapeCollection;
  readonly charts: Excel.ChartCollection;
}

/**
 * Queues what lies over a sheet's cells: every shape (a text box, a geometric shape, a line, a group, a
 * picture) and every chart. A shape hidden (`visible` false) counts too, as the file readers count it: the
 * file sent holds it all the same.
 */
export const queueDrawings = (sheet: Excel.Worksheet): SheetDrawings => ({
  shapes: sheet.shapes.load(`items/type,${PLACE}`),
  charts: sheet.charts.load(PLACE),
});

/**
 * The shapes Office.js cannot tell ("Unsupported": SmartArt, a form control, and maybe a note's box, which
 * Excel keeps among its sheet's shapes, a hidden one where the note shows only on hover) are passed over:
 * a clerk's note on an input is no lie, and a file's reader tells a note from a control by what its file
 * says, which Office.js does not give. What they hide is told once the file is received.
 */
const TOLD: ReadonlySet<string> = new Set(["Image", "GeometricShape", "Group", "Line"]);

interface Placed {
  readonly kind: DrawingKind;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** A picture is an image with no words of its own (a logo); anything else may show words or blank a cell. */
const placedOf = ({ shapes, charts }: SheetDrawings): Placed[] => [
  ...shapes.items
    .filter(({ type }) => TOLD.has(type))
    .map(({ type, left, top, width, height }) => ({
      kind: type === "Image" ? ("picture" as const) : ("shape" as const),
      left,
      top,
      width,
      height,
    })),
  ...charts.items.map(({ left, top, width, height }) => ({
    kind: "shape" as const,
    left,
    top,
    width,
    height,
  })),
];

/**
 * The sheet's cells, each one a drawing lies over (wholly or in part, more than a pixel) marked with its
 * kind (`underDrawing`), placed as the file readers place a drawing anchored by its place and size: on the
 * heights of the sheet's rows and the widths of its columns from the first, in points (0 where hidden),
 * which run as far as the cells that need placing. A cell past them is not marked.
 */
export function markDrawnOver(
  cells: ReadonlyMap<string, GridCell>,
  drawings: SheetDrawings,
  rowHeights: readonly number[],
  columnWidths: readonly number[],
): Map<string, GridCell> {
  const marked = new Map(cells);
  const row = (i: number) => rowHeights[i] ?? 0;
  const column = (i: number) => columnWidths[i] ?? 0;
  for (const drawing of placedOf(drawings)) {
    const [left, right] = span(0, drawing.left, drawing.width, column, columnWidths.length - 1, SLACK_POINTS);
    const [top, bottom] = span(0, drawing.top, drawing.height, row, rowHeights.length - 1, SLACK_POINTS);
    for (const [address, cell] of marked) {
      const at = fromA1(address);
      if (!at || at.row < top || at.row > bottom || at.col < left || at.col > right) continue;
      marked.set(address, { ...cell, underDrawing: drawnOverBoth(cell.underDrawing, drawing.kind) });
    }
  }
  return marked;
}
