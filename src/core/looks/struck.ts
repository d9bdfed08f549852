import { WORDS } from "../vocabulary";
import type { CellLie } from "./cell-lie";
import { sayOf } from "./say";

export const struck: CellLie = {
  id: "struck",
  rules: ["cell.struck"],
  title: "A figure struck through",
  lie: "An input's figure struck through: a person reads it as cancelled, the roll-up counts it.",
  twin: "A figure made bold, italic or underlined (a clerk's bold total row).",
  facts: ["struck", "value"],
  stage: "figure",
  detect: (view) =>
    view.mustShow && view.read.struck ? sayOf("cell.struck", WORDS.report.struckFigure) : undefined,
};
