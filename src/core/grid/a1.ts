/** A1 addresses, zero-based row and column indexes. */

/** Excel's columns, A to XFD: their letters are kept once made, and no others. */
const COLUMNS = 16_384;
const LETTERS = new Array<string | undefined>(COLUMNS);

/** A column's letters: a summary writes a million cells' addresses in a few hundred columns. */
export function columnLetters(col: number): string {
  if (!(col >= 0 && col < COLUMNS && Number.isInteger(col))) return lettersOf(col);
  return (LETTERS[col] ??= lettersOf(col));
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A column's index from its letters ("A" is 0, "AA" 26), in either case. */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/**
 * The row and column of an address already written as `toA1` writes it ("C9": upper-case letters, no
 * "$", no leading zero), as writers do for every cell; null for any other spelling, which `fromA1` reads.
 */
export function canonicalA1(address: string): { row: number; col: number } | null {
  const at = { row: 0, col: 0 };
  return canonicalA1Into(address, at) ? at : null;
}

/**
 * `canonicalA1` written into `at`, for a reader of a sheet's cells one after another (one object for them
 * all): whether the address is so written; `at` is left as it was where it is not.
 */
export function canonicalA1Into(address: string, at: { row: number; col: number }): boolean {
  let i = 0;
  let col = 0;
  for (; i < address.length && i < 4; i++) {
    const ch = address.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  if (i === 0 || i > 3 || address.length - i > 7 || address.charCodeAt(i) === 48) return false;
  let row = 0;
  for (let j = i; j < address.length; j++) {
    const ch = address.charCodeAt(j);
    if (ch < 48 || ch > 57) return false;
    row = row * 10 + ch - 48;
  }
  if (i >= address.length) return false;
  at.row = row - 1;
  at.col = col - 1;
  return true;
}

export function fromA1(address: string): { row: number; col: number } | null {
  const canonical = canonicalA1(address);
  if (canonical) return canonical;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]!) };
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${toA1(top, left)}:${toA1(bottom, right)}`;
}

/** A rectangle of cells, from its top-left to its bottom-right corner (rows and columns from 0). */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The area between two corners, whichever two they are ("C10:B10", "B12:B10" name a top-right or a bottom). */
export const areaBetween = (a: { row: number; col: number }, b: { row: number; col: number }): Area => ({
  top: Math.min(a.row, b.row),
  left: Math.min(a.col, b.col),
  bottom: Math.max(a.row, b.row),
  right: Math.max(a.col, b.col),
});

/** The area of a range ("C9:D12", "$B$3"); null when it is no range of cells (a list, a whole column). */
export function areaOf(range: string): Area | null {
  const ends = range.split(":");
  if (ends.length > 2) return null;
  const first = fromA1(ends[0]!);
  const last = ends.length === 2 ? fromA1(ends[1]!) : first;
  return first && last ? areaBetween(first, last) : null;
}

/** An area in A1 notation: "C9" for one cell, "C9:D12" for more. */
export const areaA1 = (area: Area): string =>
  area.top === area.bottom && area.left === area.right
    ? toA1(area.top, area.left)
    : rangeA1(area.top, area.left, area.bottom, area.right);

/** Every cell of a sheet: what a reader takes a drawing or range it cannot place to cover. */
export const WHOLE_SHEET: Area = {
  top: 0,
  left: 0,
  bottom: Number.MAX_SAFE_INTEGER,
  right: Number.MAX_SAFE_INTEGER,
};

export const inArea = (area: Area, row: number, col: number): boolean =>
  row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;

/** Quotes a sheet name for use in a reference when it needs quoting. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Biểu 01'!$C$8" → { sheet: "Biểu 01", address: "C8" }; the top-left cell of a range. */
export function parseSheetRef(ref: string): { sheet: string; address: string } | null {
  const text = ref.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const topLeft = text.slice(bang + 1).split(":")[0]!;
  const parsed = fromA1(topLeft);
  return parsed ? { sheet, address: toA1(parsed.row, parsed.col) } : null;
}
