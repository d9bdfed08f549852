import { WORDS } from "../vocabulary";
import { isHashes } from "../report/column-room";
import type { CellLie } from "./cell-lie";
import { unshown } from "./say";

export const hashes: CellLie = {
  id: "hashes",
  rules: ["cell.hidden"],
  title: "A figure shown as ### in place of its digits",
  lie: "An input's figure in a grouped or dated format, in a column too narrow for it: Excel and LibreOffice fill the cell with ###, and the printed form shows no figure.",
  twin: "The same format in a column wide enough (a clerk widens the label columns).",
  facts: ["shown", "mayShow", "value"],
  stage: "figure",
  unless: ["concealed", "too-small"],
  detect: (view) =>
    view.mustShow && view.texts.some(isHashes) ? unshown(WORDS.report.hiddenByHashes) : undefined,
};
