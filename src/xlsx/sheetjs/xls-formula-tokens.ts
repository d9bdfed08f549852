import { word } from "./xls-records";

/**
 * The bytes each BIFF8 formula token (MS-XLS 2.5.198) takes after its own, by its number: the operators
 * and the constants, then (by the low five bits of 0x20–0x7F, any class) the operands. Absent: a token
 * BIFF8 does not have, or one of its own length (a string, an attribute).
 */
const FIXED = new Map<number, number>([
  [0x01, 4], // PtgExp: the shared or array formula's cell
  [0x02, 4], // PtgTbl: the data table's cell
  ...Array.from({ length: 0x16 - 0x03 + 1 }, (_, i): [number, number] => [0x03 + i, 0]), // operators, PtgMissArg
  [0x1c, 1], // PtgErr
  [0x1d, 1], // PtgBool
  [0x1e, 2], // PtgInt
  [0x1f, 8], // PtgNum
]);
const OPERANDS = new Map<number, number>([
  [0x00, 7], // PtgArray (its values follow the formula)
  [0x01, 2], // PtgFunc
  [0x02, 3], // PtgFuncVar
  [0x03, 4], // PtgName
  [0x04, 4], // PtgRef
  [0x05, 8], // PtgArea
  [0x06, 6], // PtgMemArea
  [0x07, 6], // PtgMemErr
  [0x08, 6], // PtgMemNoMem
  [0x09, 2], // PtgMemFunc
  [0x0a, 4], // PtgRefErr
  [0x0b, 8], // PtgAreaErr
  [0x0c, 4], // PtgRefN
  [0x0d, 8], // PtgAreaN
  [0x19, 6], // PtgNameX
  [0x1a, 6], // PtgRef3d
  [0x1b, 10], // PtgArea3d
  [0x1c, 6], // PtgRefErr3d
  [0x1d, 10], // PtgAreaErr3d
]);
const STRING = 0x17;
const ATTRIBUTE = 0x19;
/** PtgAttr's kinds (volatile, if, choose, goto, sum, baxcel and its semi, space and its semi). */
const ATTRIBUTES = new Set([0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x21, 0x40, 0x41]);
const CHOOSE = 0x04;

/** Where a formula is only a pointer to another cell's shared or array formula (PtgExp) or data table (PtgTbl). */
export interface FormulaPointer {
  readonly table: boolean;
  readonly row: number;
  readonly col: number;
}

/** Each of a formula's tokens (`rgce`): its number and where it starts; throws as `walkFormula` says. */
function* tokensOf(rgce: Uint8Array): Generator<{ token: number; at: number }> {
  let at = 0;
  while (at < rgce.length) {
    const token = rgce[at]!;
    let length = token >= 0x20 && token < 0x80 ? OPERANDS.get(token & 0x1f) : FIXED.get(token);
    if (token === STRING && at + 2 < rgce.length)
      length = 2 + rgce[at + 1]! * ((rgce[at + 2]! & 1) === 1 ? 2 : 1);
    if (token === ATTRIBUTE && at + 1 < rgce.length && ATTRIBUTES.has(rgce[at + 1]!))
      length = 3 + (rgce[at + 1] === CHOOSE && at + 3 < rgce.length ? (word(rgce, at + 2) + 1) * 2 : 0);
    if (length === undefined) throw new Error(`a formula token 0x${token.toString(16)} BIFF8 does not have`);
    if (at + 1 + length > rgce.length) throw new Error("a formula token past the formula's end");
    yield { token, at };
    at += 1 + length;
  }
}

/**
 * Walks a formula's tokens (`rgce`), throwing at one BIFF8 does not have or at one that runs past the
 * formula's end: SheetJS drops such a formula and takes its cached value as a typed figure, LibreOffice
 * computes what it makes of it or shows Err:520 (red team, round 26: 8 read where LibreOffice showed 5).
 * A formula that is one PtgExp or PtgTbl gives the cell it points to.
 */
export function walkFormula(rgce: Uint8Array): FormulaPointer | undefined {
  for (const { token, at } of tokensOf(rgce))
    if (token === 0x01 || token === 0x02) {
      if (at !== 0 || rgce.length !== 5) throw new Error("a formula pointing to another beside other tokens");
      return { table: token === 0x02, row: word(rgce, 1), col: word(rgce, 3) };
    }
  return undefined;
}

/** The tokens that read the same in every cell: the operators, the constants, attributes. */
const CONSTANT_TOKENS = new Set([...FIXED.keys(), STRING, ATTRIBUTE].filter((token) => token > 0x02));
/** The functions whose result tells one cell of a row from another: COLUMN, CELL, INDIRECT (by number). */
const PLACED_FUNCTIONS = new Set([9, 125, 148]);
/** A reference's column field: its column follows the cell (MS-XLS 2.5.198.88 ColRelU). */
const COLUMN_RELATIVE = 0x4000;

/**
 * Whether a conditional format's formula reads the same for every cell of a row (see core's
 * `rowBoundFormula`): constants, operators, functions other than the cell's column, references whose
 * columns are fixed (PtgRef, PtgArea, and their relative forms PtgRefN, PtgAreaN). A name, another sheet's
 * reference or a token it cannot walk may tell the cells apart.
 */
export function rowBoundTokens(rgce: Uint8Array): boolean {
  try {
    for (const { token, at } of tokensOf(rgce)) {
      if (CONSTANT_TOKENS.has(token)) continue;
      const operand = token >= 0x20 && token < 0x80 ? token & 0x1f : undefined;
      if (operand === 0x01 && !PLACED_FUNCTIONS.has(word(rgce, at + 1))) continue;
      if (operand === 0x02 && !PLACED_FUNCTIONS.has(word(rgce, at + 2) & 0x7fff)) continue;
      if ((operand === 0x04 || operand === 0x0c) && (word(rgce, at + 3) & COLUMN_RELATIVE) === 0) continue;
      if (
        (operand === 0x05 || operand === 0x0d) &&
        ((word(rgce, at + 5) | word(rgce, at + 7)) & COLUMN_RELATIVE) === 0
      )
        continue;
      return false;
    }
    return true;
  } catch {
    return false;
  }
}
