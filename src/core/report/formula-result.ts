import { fromA1, inArea, toA1 } from "../grid/a1";
import type { GridCell, GridSheet } from "../grid/grid";
import { parseFormula } from "../form/formula-syntax";
import { Budget, Unknowable, valueOf, type CellValue, type Value } from "../form/formula-value";

/**
 * The work one cell's formula may cost: a unit per cell read and per 8 characters of formula read. A
 * clerk's sum over a month's sheet costs tens; a range over a whole column is left unknown.
 */
const WORK = 20_000;
/** Formulas reading formulas, deeper than a clerk's own sheets go: a longer chain is left unknown. */
const MAX_CHAIN = 16;

/** Whether the reader looked at a cell of the sheet, which then holds nothing if `cells` lacks it. */
const wasRead = (sheet: GridSheet, address: string, row: number, col: number) =>
  !sheet.partial ||
  sheet.partial.listed.has(address) ||
  sheet.partial.areas.some((area) => inArea(area, row, col));

/** What a cell holding no formula gives a formula reading it. */
function held(cell: GridCell | undefined): Value {
  const value = cell?.value;
  if (!value) return null;
  return value.type === "error" ? { error: value.value } : value.value;
}

/**
 * What the formula at a cell gives, computed as Excel and LibreOffice compute it from the workbook's own
 * cells (`sheets`, by upper-cased name), each cell it reads that holds a formula computed in turn: a
 * figure a clerk typed as `=SUM('Thu KP'!B2:B7)` is checked against the result the file holds. Undefined
 * where it gives no figure or cannot be computed here (see `Unknowable`), or where the formulas go round.
 */
export function formulaResult(
  sheets: ReadonlyMap<string, GridSheet>,
  sheet: GridSheet,
  address: string,
): number | undefined {
  const value = formulaValue(sheets, sheet, address);
  return typeof value === "number" ? value : undefined;
}

/**
 * What the formula at a cell gives, as `formulaResult`, a text or a logical value too; `budget` the work it
 * may cost, shared by a caller that computes many cells so that a hostile sheet's many cost no more.
 */
export function formulaValue(
  sheets: ReadonlyMap<string, GridSheet>,
  sheet: GridSheet,
  address: string,
  budget = new Budget(WORK),
): Value | undefined {
  const known = new Map<string, Value>();
  const pending = new Set<string>();

  const reader =
    (own: GridSheet, depth: number): CellValue =>
    (name, row, col) => {
      const at = name === undefined ? own : sheets.get(name.toUpperCase());
      // A sheet the workbook lacks is #REF! to a spreadsheet: no figure to check.
      if (!at) throw new Unknowable("sheet");
      return valueAt(at, row, col, depth);
    };

  const valueAt = (at: GridSheet, row: number, col: number, depth: number): Value => {
    const address = toA1(row, col);
    const cell = at.cells.get(address);
    if (!cell && !wasRead(at, address, row, col)) throw new Unknowable("unread");
    if (!cell?.formula && !cell?.computedBy) return held(cell);
    const key = `${at.name}!${address}`;
    const found = known.get(key);
    if (found !== undefined) return found;
    if (!cell.formula || cell.computedBy || pending.has(key) || depth > MAX_CHAIN)
      throw new Unknowable("formula");
    budget.spend(1 + Math.ceil(cell.formula.length / 8));
    const formula = parseFormula(cell.formula);
    if (!formula) throw new Unknowable("syntax");
    pending.add(key);
    // A formula reading a blank shows 0.
    const value = valueOf(formula, reader(at, depth + 1), budget) ?? 0;
    pending.delete(key);
    known.set(key, value);
    return value;
  };

  const place = fromA1(address);
  if (!place) return undefined;
  try {
    return valueAt(sheet, place.row, place.col, 0);
  } catch (error) {
    if (error instanceof Unknowable) return undefined;
    throw error;
  }
}
