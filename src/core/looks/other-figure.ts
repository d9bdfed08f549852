import { showsFigure } from "../report/shown-figure";
import type { CellLie } from "./cell-lie";
import { misleadingFormatFinding } from "./format-findings";

export const otherFigure: CellLie = {
  id: "other-figure",
  rules: ["cell.misleading_format"],
  title: "A number format that shows another figure",
  lie: "The cell's number format, or a conditional format's, writes a figure other than the one it holds (a literal figure, a scale that drops thousands, a condition that shows a text): the printed form says one figure, the roll-up counts another.",
  twin: "A format that writes the same figure grouped, rounded to its unit or as a percentage: `#,##0`, `0.0%`, Number with Ctrl+Shift+1.",
  facts: ["value", "shown", "mayShow"],
  stage: "figure",
  detect: (view) => {
    const misleading = view.texts.find((text) => !showsFigure(text, view.value!, view.kind));
    return misleading === undefined
      ? undefined
      : (about) => misleadingFormatFinding(misleading, about.label, about.figure, about.where);
  },
};
