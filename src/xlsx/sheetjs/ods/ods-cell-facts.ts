import type { ReaderFacts } from "../../../core/grid/reader-facts";

/**
 * What the .ods reader (SheetJS, with the document's content and styles read beside it) gives of a cell
 * (`ReaderFacts`): every fact, its style maps (conditional formats) and its shapes included.
 */
export const ODS_FACTS: ReaderFacts = {
  format: ".ods",
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
