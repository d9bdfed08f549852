import type { DrawingKind } from "../grid/grid";
import { fill, type Param } from "../text/text";
import { WORDS } from "../vocabulary";
import { finding, type Finding } from "../findings/finding";

/**
 * A drawing over a figure of the form, `value` the figure the cell holds. A text box, a shape or a
 * picture there shows a person what it says while the roll-up counts the cell's figure: an error, over an
 * input or a computed cell. A note set to show always is a box a person reads as a note (a clerk's
 * "số ước tính" beside an input lies over the rate next to it): over a cell the roll-up computes again
 * from the inputs, it hides no figure that counts, and is a warning; over an input, an error.
 */
export function figureDrawnOver(
  kind: DrawingKind,
  computed: boolean,
  label: Param,
  value: Param,
  where: Parameters<typeof finding>[3],
): Finding {
  return kind === "note" && computed
    ? finding("warning", "cell.under_note", fill(WORDS.report.noteOverComputed, { label, value }), where)
    : finding("error", "cell.under_drawing", fill(WORDS.report.underDrawing, { label, value }), where);
}
