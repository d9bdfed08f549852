import { toA1 } from "../core/grid/a1";
import type { GridCell, Mutable } from "../core/grid/grid";
import { CHARACTER_POINTS } from "../core/layout/row-heights";
import type { RangeContents } from "./range-contents";
import { corners } from "./range-corners";

/**
 * Gives the text at the top left of each merge across columns Excel found its merge's room
 * (`GridCell.mergedRoom`): its columns' widths and its rows' heights together, where the range read
 * gives each (Excel never fits a merged cell's row to its text).
 */
export function giveMergedRooms(
  contents: RangeContents,
  origin: { row: number; col: number },
  cells: Map<string, GridCell>,
): void {
  for (const address of contents.merged ?? []) {
    const found = corners(address);
    if (!found || found[1].col <= found[0].col) continue;
    const [from, to] = found;
    const cell = cells.get(toA1(from.row, from.col));
    if (cell?.value?.type !== "string") continue;
    const points = sumOf(contents.columnWidths, from.col - origin.col, to.col - origin.col);
    const height = sumOf(contents.rowHeights, from.row - origin.row, to.row - origin.row);
    if (points === undefined || height === undefined) continue;
    (cell as Mutable<GridCell>).mergedRoom = { width: points / CHARACTER_POINTS, height };
  }
}

/** The sum of sizes `first` to `last` (from the range's start), where each is given. */
function sumOf(sizes: readonly (number | undefined)[] | undefined, first: number, last: number) {
  let sum = 0;
  for (let i = first; i <= last; i++) {
    const size = i >= 0 ? sizes?.[i] : undefined;
    if (size === undefined || !(size >= 0)) return undefined;
    sum += size;
  }
  return sum;
}
