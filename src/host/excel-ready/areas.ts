import { areaA1, type Area } from "../../core/grid/a1";

/**
 * Excel's A1 parsers (VBA's Range(), the Name Box) stop at 255 characters of address text and
 * getRanges documents no other limit, so longer lists are split into several RangeAreas.
 */
export const MAX_ADDRESS_LENGTH = 255;

export function cellsOf(area: Area): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) cells.push({ row, col });
  return cells;
}

/** Excel's columns number 16,384: a cell's key as one number, cheaper than a string over millions of cells. */
const COLUMNS = 16_384;
export const cellKey = (c: { readonly row: number; readonly col: number }) => c.row * COLUMNS + c.col;

/** The cells by key (cellKey), the last given at each address, in the order their addresses first come. */
export function lastAt<T extends { readonly row: number; readonly col: number }>(
  cells: readonly T[],
): Map<number, T> {
  const last = new Map<number, T>();
  for (const cell of cells) last.set(cellKey(cell), cell);
  return last;
}

/**
 * The fewest rectangles we find cheaply for a set of cells: runs along each row, then equal runs of
 * consecutive rows stacked, so a block of figures becomes one "D9:L38" instead of hundreds of cells.
 */
export function rectanglesOf(cells: readonly { readonly row: number; readonly col: number }[]): Area[] {
  // Keys in order are cells by row, then column: sorted as numbers, a cell given twice met twice in a row.
  const keys = new Float64Array(cells.length);
  for (let i = 0; i < cells.length; i++) keys[i] = cellKey(cells[i]!);
  keys.sort();
  const runs: Rectangle[] = [];
  let last: Rectangle | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (i > 0 && key === keys[i - 1]) continue;
    const row = Math.floor(key / COLUMNS);
    const col = key - row * COLUMNS;
    if (last && last.top === row && last.right === col - 1) last.right = col;
    else runs.push((last = { top: row, left: col, bottom: row, right: col }));
  }
  const open = new Map<number, Rectangle>();
  const done: Rectangle[] = [];
  for (const run of runs) {
    const span = run.left * COLUMNS + run.right;
    const above = open.get(span);
    if (above && above.bottom === run.top - 1) above.bottom = run.bottom;
    else {
      if (above) done.push(above);
      open.set(span, run);
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** An area being grown, rows and columns at a time (rectanglesOf). */
type Rectangle = { -readonly [K in keyof Area]: Area[K] };

/** Comma-separated address lists for getRanges, each within Excel's address length. */
export function addressLists(areas: readonly Area[], maxLength = MAX_ADDRESS_LENGTH): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of areas.map(areaA1)) {
    if (current && current.length + 1 + address.length > maxLength) {
      lists.push(current);
      current = address;
    } else current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}
