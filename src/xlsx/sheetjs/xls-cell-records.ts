import { walkFormula, type FormulaPointer } from "./xls-formula-tokens";
import { word } from "./xls-records";

const FORMULA = 0x0006;
/** SHRFMLA and ARRAY (MS-XLS 2.4.260, 2.4.4): after a FORMULA, the formula its range shares; TABLE a data table. */
const SHRFMLA = 0x04bc;
const ARRAY = 0x0221;
const TABLE = 0x0236;
/** Where SHRFMLA's and ARRAY's own formulas are: their length (cce), then their tokens. */
const SHARED_FORMULA: ReadonlyMap<number, number> = new Map([
  [SHRFMLA, 8],
  [ARRAY, 12],
]);
/** A FORMULA's tokens: their length at 20, them from 22 (MS-XLS 2.4.127). */
const FORMULA_TOKENS = 20;
/** The records of one cell each: a row, a column, its XF (MS-XLS 2.5.19 Cell), blanks included. */
const ONE_CELL = new Set([0x0203, 0x027e, 0x00fd, 0x0204, 0x00d6, 0x0205, 0x0201, FORMULA]);
/** MULRK and MULBLANK: a row, its first column, a 6- or 2-byte entry per cell, then its last column. */
const MANY_CELLS = new Map([
  [0x00bd, 6],
  [0x00be, 2],
]);

const cellKey = (row: number, col: number) => row * 0x10000 + col;

/**
 * Refuses a sheet whose cell records programs read apart (red team, round 26): a cell given twice (a
 * FORMULA cached at 8, then a NUMBER of 5 LibreOffice shows, or a blank it shows the formula over); a
 * formula token BIFF8 does not have (`walkFormula`); a formula pointing to a shared or array formula,
 * or a data table, that no cell gives (LibreOffice shows nothing there, SheetJS the cached figure).
 */
export class XlsCellRecords {
  private readonly met = new Set<number>();
  /** The cells whose FORMULA a SHRFMLA or ARRAY (false) or a TABLE (true) follows. */
  private readonly anchors = new Map<number, boolean>();
  private readonly pointers: FormulaPointer[] = [];
  private lastFormula: number | undefined;

  constructor(private readonly maxCells: number) {}

  take(type: number, body: Uint8Array): void {
    const after = this.lastFormula;
    this.lastFormula = undefined;
    if (after !== undefined && (SHARED_FORMULA.has(type) || type === TABLE))
      this.anchors.set(after, type === TABLE);
    const shared = SHARED_FORMULA.get(type);
    if (shared !== undefined && body.length >= shared + 2)
      walkFormula(body.subarray(shared + 2, shared + 2 + word(body, shared)));
    if (ONE_CELL.has(type) && body.length >= 6) this.meet(word(body, 0), word(body, 2));
    const entry = MANY_CELLS.get(type);
    if (entry !== undefined && body.length >= 6)
      for (let at = 4, col = word(body, 2); at + entry <= body.length - 2; at += entry, col++)
        this.meet(word(body, 0), col);
    if (type !== FORMULA || body.length < FORMULA_TOKENS + 2) return;
    const tokens = body.subarray(FORMULA_TOKENS + 2, FORMULA_TOKENS + 2 + word(body, FORMULA_TOKENS));
    const pointer = walkFormula(tokens);
    if (pointer) this.pointers.push(pointer);
    this.lastFormula = cellKey(word(body, 0), word(body, 2));
  }

  /** Once the sheet's records are read: every pointer's formula given. */
  finish(): void {
    for (const { table, row, col } of this.pointers)
      if (this.anchors.get(cellKey(row, col)) !== table)
        throw new Error(`a formula pointing to ${table ? "a data table" : "a shared formula"} no cell gives`);
  }

  private meet(row: number, col: number): void {
    const key = cellKey(row, col);
    if (this.met.size === this.met.add(key).size) throw new Error(`cell R${row + 1}C${col + 1} given twice`);
    if (this.met.size > this.maxCells) throw new Error(`more than ${this.maxCells} cells`);
  }
}
