import { walkFormula, type FormulaPointer } from "./xls-formula-tokens";
import { cellKey, rowRun, word } from "./xls-records";

const FORMULA = 0x0006;
/**
 * The records that follow a FORMULA pointing to its own cell (MS-XLS 2.4.260, 2.4.4, 2.4.319): the formula
 * a range shares, an array formula, a data table; each opens with its range (RefU), the first two with
 * where their own formula is (its length, then its tokens).
 */
type Kind = "shared" | "array" | "table";
const KINDS: ReadonlyMap<number, { kind: Kind; tokens?: number }> = new Map([
  [0x04bc, { kind: "shared", tokens: 8 }],
  [0x0221, { kind: "array", tokens: 12 }],
  [0x0236, { kind: "table" }],
]);
/** A FORMULA's flags at 14 (fShrFmla: its PtgExp is a shared formula's), its tokens' length at 20, them from 22. */
const FORMULA_FLAGS = 14;
const SHARED_FLAG = 0x0008;
const FORMULA_TOKENS = 20;
/**
 * A FORMULA's cached result (FormulaValue, MS-XLS 2.5.133) at 6: a text where its first byte is 0 and its
 * last word 0xFFFF, the text itself in the STRING record that follows (after the SHRFMLA, ARRAY or TABLE
 * record the formula may have).
 */
const RESULT = 6;
const TEXT_RESULT = 0x00;
const NOT_A_NUMBER = 0xffff;
const STRING = 0x0207;
const TEXT_LOST = "a formula's text result with no STRING record after it";
/**
 * The records of one cell each: a row, a column, its XF (MS-XLS 2.5.19 Cell), blanks included, and the
 * older BIFF's, which LibreOffice and SheetJS read in a BIFF8 sheet too.
 */
const ONE_CELL = new Set([
  0x0203,
  0x027e,
  0x00fd,
  0x0204,
  0x00d6,
  0x0205,
  0x0201,
  0x01,
  0x02,
  0x03,
  0x04,
  0x05,
  FORMULA,
]);
/** MULRK and MULBLANK: a row, its first column, a 6- or 2-byte entry per cell, then its last column. */
const MANY_CELLS = new Map([
  [0x00bd, 6],
  [0x00be, 2],
]);

interface Pointer extends FormulaPointer {
  /** Its own cell. */
  readonly cell: { readonly row: number; readonly col: number };
  readonly flagged: boolean;
}

/** An array formula's or a data table's range, which LibreOffice lays over its cells whatever they hold. */
interface Laid {
  readonly anchor: number;
  readonly cells: number;
  readonly contains: (row: number, col: number) => boolean;
}

/**
 * Refuses a sheet whose cell records programs read apart (red team, round 26): a cell given twice (a
 * FORMULA cached at 8, then a NUMBER of 5 LibreOffice shows, or a blank it shows the formula over); a
 * formula token BIFF8 does not have (`walkFormula`); a formula pointing to a shared or array formula or a
 * data table no record gives right after the formula of its first cell (LibreOffice shows nothing there,
 * SheetJS the cached figure); one whose fShrFmla flag says otherwise than what it points to (LibreOffice
 * makes no cell of it, SheetJS ignores the flag); such a record after no formula of its own cell; an
 * array formula or data table over a cell that is not its (LibreOffice shows the table there, SheetJS
 * the cell's own figure).
 */
export class XlsCellRecords {
  private readonly met = new Set<number>();
  private readonly anchors = new Map<number, Kind>();
  private readonly pointers: Pointer[] = [];
  private readonly laid: Laid[] = [];
  private last: Pointer | null | undefined;
  /** Whether the last FORMULA's text result is still to come (`RESULT`). */
  private textDue = false;

  constructor(private readonly maxCells: number) {}

  take(type: number, body: Uint8Array): void {
    const after = this.last;
    this.last = undefined;
    const follows = KINDS.get(type);
    this.awaitText(type, follows !== undefined);
    if (follows) this.anchor(follows.kind, body, after);
    if (follows?.tokens !== undefined && body.length >= follows.tokens + 2)
      walkFormula(body.subarray(follows.tokens + 2, follows.tokens + 2 + word(body, follows.tokens)));
    if (ONE_CELL.has(type) && body.length >= 6) this.meet(word(body, 0), word(body, 2));
    const entry = MANY_CELLS.get(type);
    if (entry !== undefined && body.length >= 6)
      for (const { col } of rowRun(body, entry)) this.meet(word(body, 0), col);
    if (type !== FORMULA || body.length < FORMULA_TOKENS + 2) return;
    this.textDue = body[RESULT] === TEXT_RESULT && word(body, RESULT + 6) === NOT_A_NUMBER;
    const tokens = body.subarray(FORMULA_TOKENS + 2, FORMULA_TOKENS + 2 + word(body, FORMULA_TOKENS));
    const pointer = walkFormula(tokens);
    const flagged = (word(body, FORMULA_FLAGS) & SHARED_FLAG) !== 0;
    if (flagged && (!pointer || pointer.table))
      throw new Error("a formula flagged shared that points to none");
    this.last = pointer ? { ...pointer, cell: { row: word(body, 0), col: word(body, 2) }, flagged } : null;
    if (this.last) this.pointers.push(this.last);
  }

  /**
   * A formula's text result, due, must come next: without it SheetJS makes no cell of the formula (a blank
   * read as 0) where LibreOffice computes it (red team, round 48: 7 shown, 0 counted).
   */
  private awaitText(type: number, anchor: boolean): void {
    if (!this.textDue || anchor) return;
    if (type !== STRING) throw new Error(TEXT_LOST);
    this.textDue = false;
  }

  /** Once the sheet's records are read: every pointer's formula given, every laid range's cells its own. */
  finish(): void {
    if (this.textDue) throw new Error(TEXT_LOST);
    for (const { table, row, col, flagged } of this.pointers) {
      const kind = this.anchors.get(cellKey(row, col));
      if (kind === undefined || (kind === "table") !== table || (kind === "shared") !== flagged)
        throw new Error(
          `a formula pointing to a ${table ? "data table" : "shared or array formula"} no cell gives`,
        );
    }
    for (const { anchor, cells, contains } of this.laid) {
      const own = this.pointers.filter(
        ({ row, col, cell }) => cellKey(row, col) === anchor && contains(cell.row, cell.col),
      );
      if (own.length !== cells) throw new Error("an array formula or data table over cells not its own");
    }
  }

  /** A SHRFMLA, ARRAY or TABLE record, which must follow the FORMULA of its range's first cell. */
  private anchor(kind: Kind, body: Uint8Array, after: Pointer | null | undefined): void {
    const { row, col } = after?.cell ?? {};
    if (!after || row !== after.row || col !== after.col || after.table !== (kind === "table"))
      throw new Error(`a ${kind} formula's record after no formula of its own cell`);
    const at = cellKey(after.row, after.col);
    this.anchors.set(at, kind);
    if (kind === "shared" || body.length < 6) return;
    // RefU: its first and last rows, then its first and last columns.
    const [top, bottom, left, right] = [word(body, 0), word(body, 2), body[4]!, body[5]!];
    this.laid.push({
      anchor: at,
      cells: Math.max(0, bottom - top + 1) * Math.max(0, right - left + 1),
      contains: (row, col) => row >= top && row <= bottom && col >= left && col <= right,
    });
  }

  private meet(row: number, col: number): void {
    const key = cellKey(row, col);
    if (this.met.size === this.met.add(key).size) throw new Error(`cell R${row + 1}C${col + 1} given twice`);
    if (this.met.size > this.maxCells) throw new Error(`more than ${this.maxCells} cells`);
  }
}
