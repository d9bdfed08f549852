import type { GridCell } from "../grid/grid";
import { smallSizesOf } from "./drawn-sizes";
import { isLegible } from "./legible";

/**
 * Whether a person cannot read a cell's text where it is: on a hidden row or column or under a merge or a
 * graphic, on a row, column or font too small, in an ink its background hides, or not on the printout —
 * or struck through, read as taken out of the form (a label so struck reads as a row cancelled).
 */
export const hiddenFromView = (cell: GridCell): boolean =>
  !!cell.hidden ||
  !!cell.struck ||
  smallSizesOf(cell) !== undefined ||
  !!cell.inks?.some((ink) => !isLegible(ink));
