import { WORDS } from "../vocabulary";
import type { CellLie } from "./cell-lie";
import { sayOf } from "./say";

export const crossed: CellLie = {
  id: "crossed",
  rules: ["cell.struck"],
  title: "A figure crossed out by a diagonal border",
  lie: "An input's cell with a diagonal border drawn over its figure: crossed out, read as cancelled, counted all the same.",
  twin: "Cells left 0 or empty crossed out, as on a paper form; a grid of ordinary borders drawn over the table.",
  facts: ["crossed", "value"],
  stage: "figure",
  detect: (view) =>
    view.mustShow && view.read.crossed ? sayOf("cell.struck", WORDS.report.crossedFigure) : undefined,
};
