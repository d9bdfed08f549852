import { columnIndex, columnLetters } from "./a1";

/** A cell reference in a formula: where it points, and whether its row and column are fixed ("$"). */
interface Reference {
  readonly row: number;
  readonly col: number;
  readonly rowFixed: boolean;
  readonly colFixed: boolean;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** A string literal or a quoted sheet name: what a formula holds as written, spaces and "$" included. */
export const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/;

/**
 * A string literal, a quoted sheet name, or a cell reference: one not inside a longer word or number
 * (TD_B01_x, 1E5), nor a function's name (LOG10), nor an unquoted sheet's name (Q1!A1). Whole rows and
 * columns (A:A, 1:1) are not cell references and stay as written: plans do not use them.
 */
const TOKEN = new RegExp(
  String.raw`${QUOTED.source}|(?<![\w.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![\w.(!])`,
  "gi",
);

/** The formula with each cell reference, outside texts and sheet names, replaced by `map`'s text. */
function mapReferences(formula: string, map: (ref: Reference) => string): string {
  return formula.replace(
    TOKEN,
    (token, colFixed?: string, letters?: string, rowFixed?: string, digits?: string) => {
      if (letters === undefined) return token;
      const col = columnIndex(letters);
      const row = Number(digits) - 1;
      if (row < 0 || row >= MAX_ROWS || col >= MAX_COLUMNS) return token;
      return map({ row, col, rowFixed: rowFixed === "$", colFixed: colFixed === "$" });
    },
  );
}

/** The formula with each cell reference's "$" dropped: `$C$18` as `C18`, texts and sheet names as written. */
export const unfixedReferences = (formula: string) =>
  mapReferences(formula, (ref) => `${columnLetters(ref.col)}${ref.row + 1}`);

/**
 * A formula written for one cell as it reads for the cell `rows` below and `cols` right of it: its
 * relative references move along, as when Excel copies it. A reference moved off the sheet is refused.
 */
export function movedFormula(formula: string, rows: number, cols: number): string {
  return mapReferences(formula, (ref) => {
    const row = ref.rowFixed ? ref.row : ref.row + rows;
    const col = ref.colFixed ? ref.col : ref.col + cols;
    if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLUMNS)
      throw new RangeError(`moving "${formula}" takes a reference off the sheet`);
    return `${ref.colFixed ? "$" : ""}${columnLetters(col)}${ref.rowFixed ? "$" : ""}${row + 1}`;
  });
}

/**
 * A formula written for the cell at (`row`, `col`) in R1C1 notation, where a relative reference is an
 * offset from whichever cell evaluates it: the same text then holds for every cell of every area.
 */
export function r1c1Formula(formula: string, row: number, col: number): string {
  const part = (axis: "R" | "C", fixed: boolean, at: number, from: number) =>
    fixed ? `${axis}${at + 1}` : at === from ? axis : `${axis}[${at - from}]`;
  return mapReferences(
    formula,
    (ref) => `${part("R", ref.rowFixed, ref.row, row)}${part("C", ref.colFixed, ref.col, col)}`,
  );
}
