import type { CellSizes, GridCell } from "../grid/grid";
import { isHashes } from "./column-room";
import { DEFAULT_FONT_SIZE, isDrawnSize, tooSmallSizes } from "./legible";

/** A figure, or a formula saved without its result, which prints what it computes. */
const drawsFigure = (cell: GridCell) =>
  cell.value?.type === "number" || (cell.value === undefined && cell.formula !== undefined);

/** The smaller of two fonts under the templates' 11 pt, if either is. */
const smaller = (least: number | undefined, size: number | undefined) =>
  size !== undefined && size < DEFAULT_FONT_SIZE && (least === undefined || size < least) ? size : least;

/**
 * The sizes of a cell too small to show its figure or its text, if any (`GridCell.drawnSizes`): those of
 * the first of its own styles that has any, then, for a figure or a text, those a conditional format's
 * font may draw it in (red team, round 19: a label in 1 pt or 500 pt; rounds 10 and 11: a 3-pt figure),
 * over its own. A figure its column already shows as "###" is judged hidden by that alone. Nothing is
 * made for a cell of ordinary sizes.
 */
export function smallSizesOf(cell: GridCell): CellSizes | undefined {
  const drawn = cell.drawnSizes;
  if (drawn === undefined) return undefined;
  let small: CellSizes | undefined;
  for (const sizes of drawn.styles) if ((small = tooSmallSizes(sizes)) !== undefined) break;
  const fonts = drawn.conditionalFonts;
  const { value, shown } = cell;
  if (fonts === undefined || (value?.type !== "number" && value?.type !== "string")) return small;
  if (value.type === "number" && shown !== undefined && isHashes(shown)) return small;
  const first = drawn.styles[0] ?? {};
  for (const fontSize of fonts) {
    const seen = tooSmallSizes({ ...first, fontSize });
    if (seen) small = { ...small, ...seen };
  }
  return small;
}

/**
 * The smallest font under the templates' 11 pt a cell's figure or text prints in, if any: its own styles',
 * a conditional format's that may apply (whether it holds is not worked out), and a text's runs of letters
 * drawn at all. It prints smaller still on a page fitted to its width (red team, round 34: figures of 6
 * pt, or of an .ods whose Default style is 6 pt, printed 2 pt high and were judged at 11; round 52: a
 * label's words in 4-pt runs). Told apart from `smallSizesOf`, whose sizes say it cannot be seen at all.
 */
export function printedFontOf(cell: GridCell): number | undefined {
  const text = cell.value?.type === "string";
  if (!text && !drawsFigure(cell)) return undefined;
  let least: number | undefined;
  const drawn = cell.drawnSizes;
  if (drawn !== undefined) {
    for (const sizes of drawn.styles) least = smaller(least, sizes.fontSize);
    if (drawn.conditionalFonts !== undefined)
      for (const size of drawn.conditionalFonts) least = smaller(least, size);
  }
  if (text && cell.drawnRuns !== undefined)
    for (const { runs } of cell.drawnRuns)
      for (const run of runs)
        if (run.text.trim() !== "")
          for (const size of run.fontSizes ?? []) if (isDrawnSize(size)) least = smaller(least, size);
  return least;
}
