import { WORDS } from "../vocabulary";
import { figureText } from "../text/figure-text";
import { turnedCut as cutWhenTurned, turnText } from "../report/turned-text";
import type { CellLie } from "./cell-lie";
import { tenths, unshown } from "./say";

export const turnedCut: CellLie = {
  id: "turned-cut",
  rules: ["cell.hidden"],
  title: "A turned figure cut by its row's height",
  lie: "An input's text turned (or stacked letter under letter) in a row too low for it: a program draws it within the row and cuts the digits that do not fit, so 1,250 reads as 50.",
  twin: "A turned heading, or a turned figure in a row tall enough for all of it.",
  facts: ["textLayout", "shown", "value"],
  stage: "figure",
  unless: ["concealed"],
  detect: (view) => {
    const layout = view.read.textLayout;
    if (!view.mustShow || !layout || !cutWhenTurned(view.drawn, layout)) return undefined;
    return unshown(WORDS.report.hiddenByTurn, {
      turn: turnText(layout.rotation!),
      height: figureText(tenths(layout.rowHeight!)),
    });
  },
};
