import { UNREADABLE_SHOWN } from "../grid/grid";
import { WORDS } from "../vocabulary";
import type { CellLie } from "./cell-lie";
import { sayOf } from "./say";

export const formatUnreadable: CellLie = {
  id: "format-unreadable",
  rules: ["cell.misleading_format"],
  title: "A number format no program is sure to show alike, over a formula saved without its result",
  lie: "The cell's format is one whose text the reader cannot tell with certainty (a format Excel and LibreOffice render otherwise), and no result is saved to compare: what the form will show is unknown.",
  twin: "A formula saved without its result in a plain or grouped format (`0`, `#,##0`, `0.0%`): shown as computed.",
  facts: ["shown", "mayShow", "value"],
  stage: "uncached",
  detect: (view) =>
    view.texts.includes(UNREADABLE_SHOWN)
      ? sayOf("cell.misleading_format", WORDS.report.unreadableFormatUncached)
      : undefined,
};
