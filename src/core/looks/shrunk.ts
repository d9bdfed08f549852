import { WORDS } from "../vocabulary";
import { figureText } from "../text/figure-text";
import { LEAST_FONT_SIZE } from "../report/legible";
import { shrunkSize } from "../report/turned-text";
import type { CellLie } from "./cell-lie";
import { tenths, unshown } from "./say";

export const shrunk: CellLie = {
  id: "shrunk",
  rules: ["cell.hidden"],
  title: "A figure shrunk to fit a column far too narrow",
  lie: "Shrink to fit, in a column so narrow that the figure is drawn in a font below what can be read.",
  twin: "Shrink to fit where the figure stays readable (a long figure a point or two smaller).",
  facts: ["textLayout", "shown", "value"],
  stage: "figure",
  unless: ["concealed", "turned-cut"],
  detect: (view) => {
    const layout = view.read.textLayout;
    const size = view.mustShow && layout ? shrunkSize(view.drawn, layout) : undefined;
    if (size === undefined || size >= LEAST_FONT_SIZE) return undefined;
    return unshown(WORDS.report.hiddenByShrink, {
      width: figureText(tenths(layout!.width!)),
      size: figureText(tenths(size)),
    });
  },
};
