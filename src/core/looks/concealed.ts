import { WORDS } from "../vocabulary";
import type { CellLie } from "./cell-lie";
import { unshown } from "./say";

const WHY = {
  row: WORDS.report.hiddenRow,
  column: WORDS.report.hiddenColumn,
  merge: WORDS.report.hiddenByMerge,
  graphic: WORDS.report.hiddenByGraphic,
  unprinted: WORDS.report.hiddenInPrint,
  displaced: WORDS.report.hiddenByMargins,
} as const;

export const concealed: CellLie = {
  id: "concealed",
  rules: ["cell.hidden"],
  title: "A figure kept out of sight",
  lie: "An input's figure other than 0 sits in a hidden row or column, under a merge, behind a conditional format's data bar or icon, in a style that does not print, or pushed out of its cell by margins: the form shows nothing there, the roll-up counts it.",
  twin: "A hidden row or column holding no figure or 0 (a clerk hides the rows a unit has nothing to report in); a merge of headings; a data bar beside a figure it does not replace.",
  facts: ["hidden", "value"],
  stage: "figure",
  detect: (view) => {
    const hidden = view.mustShow ? view.read.hidden : undefined;
    return hidden ? unshown(WHY[hidden]) : undefined;
  },
};
