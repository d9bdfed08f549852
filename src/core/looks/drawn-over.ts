import type { CellLie } from "./cell-lie";
import { figureDrawnOver } from "./drawing-over-figure";

export const drawnOver: CellLie = {
  id: "drawn-over",
  rules: ["cell.under_drawing", "cell.under_note"],
  title: "A drawing over a figure",
  lie: "A text box, a shape, a picture or a chart over a form cell, an input or a computed one: a person reads what the drawing shows there, the roll-up counts the cell. A note set to always show over an input hides it too.",
  twin: "The union's logo beside the title or a stamp below the signatures, over no figure; a note on an input, shown only on hover; a note shown over a computed cell only warns.",
  facts: ["underDrawing"],
  stage: "always",
  detect: (view) => {
    const kind = view.read.underDrawing;
    if (!kind) return undefined;
    return (about) => figureDrawnOver(kind, view.computed, about.label, about.figure, about.where);
  },
};
