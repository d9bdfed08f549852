import type { CellSizes, TextLayout } from "../grid/grid";
import { showsHashes, type NumberWriting } from "./column-room";
import { reportedSizes } from "./legible";

/** How a figure shows drawn in some writing and font size: "###", its sizes too small to read. */
export interface DrawnFigure {
  readonly hashes: boolean;
  readonly sizes?: CellSizes;
}

/**
 * How a figure shows in a cell of `sizes` (its font size in points), written `writing`, at font size
 * `fontSize` (points) where a conditional format sets one: "###" where its column, as `room` counts it,
 * is too narrow; that size where too small to read.
 */
export function drawnFigure(
  value: number,
  writing: NumberWriting | undefined,
  layout: TextLayout | undefined,
  sizes: CellSizes,
  room: (sizes: CellSizes) => CellSizes,
  fontSize?: number,
): DrawnFigure {
  const drawn = fontSize === undefined ? sizes : { ...sizes, fontSize };
  const hashes = showsHashes(value, writing, layout, room(drawn));
  const small = fontSize === undefined ? undefined : reportedSizes(drawn);
  return small ? { hashes, sizes: small } : { hashes };
}
