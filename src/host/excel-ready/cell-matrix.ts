import type { Area } from "../../core/grid/a1";
import { NUMBER_FORMATS, type PlanCell } from "../../core/layout/plan";
import { MAX_CELL_TEXT } from "../../core/layout/sheet-builder";
import { lastAt, rectanglesOf } from "./areas";

const GENERAL = "General";

/** A sheet's cell contents over their bounding box, written in slices of rows. */
export interface CellMatrix {
  readonly top: number;
  readonly left: number;
  readonly formulas: (string | number)[][];
}

/** Excel refuses a cell of more characters; the quote prefix is counted with the text, to be safe. */
const fit = (input: string) =>
  input.length > MAX_CELL_TEXT ? input.slice(0, MAX_CELL_TEXT).replace(/[\uD800-\uDBFF]$/, "") : input;

/**
 * What to put in `Range.formulas` for a cell. Excel parses a typed string by the user's locale: "=…",
 * "+…", "-…" and "@…" become formulas, and "007", "1/2", "3%" or "TRUE" stop being text. The quote
 * prefix is the only locale-proof way to keep text as text, so every text gets it, except in
 * text-formatted ("@") cells, where the format already keeps it (and where the number format is
 * written before the formulas for that reason). No text passes 32,767 characters.
 */
export function cellInput(cell: PlanCell): string | number {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const value = cell.value;
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return value;
  return fit(cell.numFmt === NUMBER_FORMATS.text ? value : `'${value}`);
}

/** Null for a sheet without cells. A later cell at the same address wins, as in the file writer. */
export function cellMatrix(cells: readonly PlanCell[]): CellMatrix | null {
  if (cells.length === 0) return null;
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { row, col } of cells) {
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  const formulas = Array.from({ length: bottom - top + 1 }, () =>
    Array<string | number>(right - left + 1).fill(""),
  );
  for (const cell of cells) formulas[cell.row - top]![cell.col - left] = cellInput(cell);
  return { top, left, formulas };
}

/**
 * The areas of each number format other than General, which a new sheet already has: a summary's
 * columns of counts or ratios are a few rectangles each, rather than a format string per cell.
 */
export function numberFormatAreas(cells: readonly PlanCell[]): { format: string; areas: Area[] }[] {
  const last = lastAt(cells);
  const byFormat = new Map<string, PlanCell[]>();
  for (const cell of last.values()) {
    const format = cell.numFmt ?? GENERAL;
    if (format === GENERAL) continue;
    const group = byFormat.get(format);
    if (group) group.push(cell);
    else byFormat.set(format, [cell]);
  }
  return [...byFormat].map(([format, group]) => ({ format, areas: rectanglesOf(group) }));
}

/**
 * Consecutive rows grouped so that each group's JSON stays within `maxBytes` (a longer row goes alone),
 * one group at a time: a writer that pauses between groups never measures a whole sheet in one go.
 */
export function* rowSlices(
  rows: readonly unknown[][],
  maxBytes: number,
): Generator<{ start: number; count: number }> {
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const size = JSON.stringify(rows[i]).length + 1;
    if (i > start && bytes + size > maxBytes) {
      yield { start, count: i - start };
      [start, bytes] = [i, 0];
    }
    bytes += size;
  }
  if (rows.length > start) yield { start, count: rows.length - start };
}
