import type { ReaderFacts } from "../../core/grid/reader-facts";

/**
 * What the .xlsx reader gives of a cell (`ReaderFacts`): every fact, as an .xlsx holds every look Excel
 * draws a figure in, its drawings and its conditional formats.
 */
export const XLSX_FACTS: ReaderFacts = {
  format: ".xlsx",
  cell: [
    "value",
    "formula",
    "computedBy",
    "shown",
    "mayShow",
    "hidden",
    "inks",
    "sizes",
    "smallerFont",
    "generalRoom",
    "underDrawing",
    "struck",
    "crossed",
    "textLayout",
  ],
};
