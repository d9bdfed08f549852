import type { GridCell } from "../grid/grid";
import { DEFAULT_FONT_SIZE, wrappedLines } from "../layout/row-heights";
import { LEAST_ROW_PER_FONT } from "./legible";

/**
 * What a character takes, in digits of its font, at its least (as a line running on is measured): a
 * merged line is judged cut only where it clearly is.
 */
const LEAST_CHARACTER = 0.8;

/**
 * Whether a text in a merged cell (`GridCell.mergedRoom`) needs more lines than its merge is high: merged,
 * it neither runs on nor grows its row, so wrapped it is cut at the merge's foot (a unit line whose
 * period is on its second line, its row left one line high) and unwrapped at its right edge. Its lines are
 * counted at their fewest (letters at 0.8 of a digit) and each at its least height (0.9 of its font), so
 * a row Excel or LibreOffice fits to it is never judged too low.
 */
export function cutByMerge(text: string, cell: GridCell): boolean {
  const room = cell.mergedRoom;
  if (room === undefined || text === "") return false;
  const size = Math.max(
    DEFAULT_FONT_SIZE,
    ...(cell.drawnSizes?.styles ?? []).map((sizes) => sizes.fontSize ?? DEFAULT_FONT_SIZE),
  );
  return leastMergedHeight(text, room.width, size) > room.height;
}

/** The least height of rows a text in a merge `width` characters wide is seen whole in, at `size` points. */
export function leastMergedHeight(text: string, width: number, size = DEFAULT_FONT_SIZE): number {
  return wrappedLines(text, (width * DEFAULT_FONT_SIZE) / size / LEAST_CHARACTER) * size * LEAST_ROW_PER_FONT;
}
