import type { Area } from "../../core/grid/a1";
import { toA1 } from "../../core/grid/a1";
import type { GridCell, Mutable } from "../../core/grid/grid";

/**
 * Gives the text at the top left of each merge across columns its merge's room (`GridCell.mergedRoom`):
 * the width `widths` found for it, and its rows' heights together, where each row stores one (`heightOf`
 * gives undefined for a row that does not, which a program may fit to its texts).
 */
export function giveMergedRooms(
  cells: Map<string, GridCell>,
  areas: readonly (Area | undefined)[],
  widths: ReadonlyMap<string, number | undefined>,
  heightOf: (row: number) => number | undefined,
): void {
  for (const area of areas) {
    if (!area) continue;
    const address = toA1(area.top, area.left);
    const width = widths.get(address);
    const cell = cells.get(address);
    if (width === undefined || cell?.value?.type !== "string") continue;
    let height: number | undefined = 0;
    for (let row = area.top; row <= area.bottom && height !== undefined; row++) {
      const own = heightOf(row);
      height = own === undefined ? undefined : height + own;
    }
    if (height !== undefined) (cell as Mutable<GridCell>).mergedRoom = { width, height };
  }
}
