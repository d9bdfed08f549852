import type { ReaderFacts } from "../../core/grid/reader-facts";

/**
 * What the .xls reader (SheetJS, with the workbook's own records read beside it) gives of a cell
 * (`ReaderFacts`): every fact, its conditional formats' (CF) fonts and fills and its drawings (OBJ)
 * included.
 */
export const XLS_FACTS: ReaderFacts = {
  format: ".xls",
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
