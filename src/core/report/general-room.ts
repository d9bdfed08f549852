import type { CellSizes, GridCell } from "../grid/grid";
import { generalRounded } from "./column-room";

/**
 * The room a number in General is written rounded in, where a program writes it so: of the sizes its
 * reader gives (`GridCell.generalSizes`, one for each style it may be drawn in), the first whose column is
 * too narrow for its digits (`generalRounded`), as its column's width and its font's size. None for the
 * cells whose digits fit (nearly all), nor a cell that holds no number.
 */
export function generalRoomOf(cell: GridCell): CellSizes | undefined {
  const { generalSizes, value } = cell;
  if (generalSizes === undefined || value?.type !== "number") return undefined;
  const sizes = generalSizes.find((room) => generalRounded(value.value, room) !== undefined);
  return (
    sizes && {
      columnWidth: sizes.columnWidth!,
      ...(sizes.fontSize !== undefined ? { fontSize: sizes.fontSize } : {}),
    }
  );
}
