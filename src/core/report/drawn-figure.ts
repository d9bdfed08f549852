import type { CellSizes, TextLayout } from "../grid/grid";
import { showsHashes, type NumberWriting } from "./column-room";

/** How a figure shows drawn in some writing and font size: whether as "###". */
export interface DrawnFigure {
  readonly hashes: boolean;
}

/**
 * How a figure shows in a cell of `sizes` (its font size in points), written `writing`, at font size
 * `fontSize` (points) where a conditional format sets one: "###" where its column, as `room` counts it,
 * is too narrow. Whether that size is too small to read is the core's to judge (`smallSizesOf`).
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
  return { hashes: showsHashes(value, writing, layout, room(drawn)) };
}
