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
export const cellKey = (c: { readonly row: number; readonly col: number }) => c.row * 16_384 + c.col;

/**
 * The fewest rectangles we find cheaply for a set of cells: runs along each row, then equal runs of
 * consecutive rows stacked, so a block of figures becomes one "D9:L38" instead of hundreds of cells.
 */
export function rectanglesOf(cells: readonly { readonly row: number; readonly col: number }[]): Area[] {
  const sorted = [...new Map(cells.map((c) => [cellKey(c), c])).values()].sort(
    (a, b) => a.row - b.row || a.col - b.col,
  );
  const runs: Area[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right === col - 1) runs[runs.length - 1] = { ...last, right: col };
    else runs.push({ top: row, left: col, bottom: row, right: col });
  }
  const open = new Map<string, Area>();
  const done: Area[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) open.set(key, { ...above, bottom: run.bottom });
    else {
      if (above) done.push(above);
      open.set(key, run);
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

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
