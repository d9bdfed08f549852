import type { DrawingKind } from "../grid/grid";
import { fill, type Param } from "../text/text";
import { WORDS } from "../vocabulary/index";
import { finding, type Finding } from "../findings/finding";

/**
 * A drawing over a text of the form a person reads it by (its title, its unit line, a heading, a label,
 * a target's label), `value` quoted. A shape or a text box may show other words there, or blank it with
 * its fill: an error. A picture (a clerk's logo over the start of the title lines) may hide some of its
 * words: a warning naming the cell, to check it hides none. Over a figure every drawing is an error.
 */
export function textDrawnOver(
  kind: DrawingKind,
  label: Param,
  value: Param,
  where: Parameters<typeof finding>[3],
): Finding {
  return kind === "picture"
    ? finding("warning", "cell.under_picture", fill(WORDS.report.underPicture, { label, value }), where)
    : finding("error", "cell.under_drawing", fill(WORDS.report.underDrawing, { label, value }), where);
}
