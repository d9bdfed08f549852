import { NUMBER_FORMATS, type PlanCell } from "../core/layout/plan";

const GENERAL = "General";

/** What one sheet's cells become: two matrices over their bounding box, written in one go each. */
export interface CellMatrices {
  readonly top: number;
  readonly left: number;
  readonly formulas: (string | number)[][];
  readonly numberFormats: string[][];
}

/**
 * What to put in `Range.formulas` for a cell. Excel parses a typed string by the user's locale: "=…",
 * "+…", "-…" and "@…" become formulas, and "007", "1/2", "3%" or "TRUE" stop being text. The quote
 * prefix is the only locale-proof way to keep text as text, so every text gets it, except in
 * text-formatted ("@") cells, where the format already keeps it (and where the number format is
 * written before the formulas for that reason).
 */
export function cellInput(cell: PlanCell): string | number {
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const value = cell.value;
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return value;
  return cell.numFmt === NUMBER_FORMATS.text ? value : `'${value}`;
}

/** Null for a sheet without cells. A later cell at the same address wins, as in the file writer. */
export function cellMatrices(cells: readonly PlanCell[]): CellMatrices | null {
  if (cells.length === 0) return null;
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { row, col } of cells) {
    [top, left] = [Math.min(top, row), Math.min(left, col)];
    [bottom, right] = [Math.max(bottom, row), Math.max(right, col)];
  }
  const [rows, cols] = [bottom - top + 1, right - left + 1];
  const formulas = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  const numberFormats = Array.from({ length: rows }, () => Array<string>(cols).fill(GENERAL));
  for (const cell of cells) {
    formulas[cell.row - top]![cell.col - left] = cellInput(cell);
    numberFormats[cell.row - top]![cell.col - left] = cell.numFmt ?? GENERAL;
  }
  return { top, left, formulas, numberFormats };
}
