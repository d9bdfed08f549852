import { WORDS } from "../vocabulary";
import { figureText } from "../text/figure-text";
import { smallSizesOf } from "../report/drawn-sizes";
import { tooSmall as smallestSize } from "../report/legible";
import type { CellLie } from "./cell-lie";
import { unshown } from "./say";

const WHY = {
  rowHeight: WORDS.report.tinyRow,
  columnWidth: WORDS.report.tinyColumn,
  fontSize: WORDS.report.tinyFont,
} as const;

export const tooSmall: CellLie = {
  id: "too-small",
  rules: ["cell.hidden"],
  title: "A row, a column or a font too small to show the figure",
  lie: "An input's row is a few points high, its column a character wide or its font a point or two: the figure is there but no person can read it, on screen or on paper.",
  twin: "A smaller font or a lower row that still shows the figure (9 pt in a table set in Times New Roman, a heading row raised or lowered).",
  facts: ["drawnSizes", "value"],
  stage: "figure",
  unless: ["concealed"],
  detect: (view) => {
    const sizes = view.mustShow ? smallSizesOf(view.read) : undefined;
    const tiny = sizes && smallestSize(sizes);
    return tiny ? unshown(WHY[tiny], { size: figureText(sizes[tiny]!) }) : undefined;
  },
};
