import { WORDS } from "../vocabulary";
import { isLegible } from "../report/legible";
import type { CellLie } from "./cell-lie";
import { unshown } from "./say";

export const fadedInk: CellLie = {
  id: "faded-ink",
  rules: ["cell.hidden"],
  title: "A figure written in the colour of its background",
  lie: "An input's figure in an ink too close to its background (white on white, yellow on white, its own style's or a conditional format's that may apply): the cell looks empty, the roll-up counts it.",
  twin: "A coloured cell with legible ink: a clerk colours input cells pale green, row labels light blue, a title dark blue.",
  facts: ["inks", "value"],
  stage: "figure",
  unless: ["concealed"],
  detect: (view) => {
    const faded = view.mustShow ? view.read.inks?.find((ink) => !isLegible(ink)) : undefined;
    return faded
      ? unshown(WORDS.report.hiddenByColour, { text: `#${faded.text}`, background: `#${faded.background}` })
      : undefined;
  },
};
