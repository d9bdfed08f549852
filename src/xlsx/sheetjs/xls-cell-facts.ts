import { EVERY_CELL_FACT, type ReaderFacts } from "../../core/grid/reader-facts";

/**
 * What the .xls reader (SheetJS, with the workbook's own records read beside it) gives (`ReaderFacts`):
 * every fact of a cell, its conditional formats' (CF) fonts and fills and its drawings (OBJ) included;
 * of a sheet, its view (WINDOW2, PANE, BITMAP) and its page setup, but none of an .ods page style's,
 * which an .xls cannot hold.
 */
export const XLS_FACTS: ReaderFacts = {
  format: ".xls",
  cell: EVERY_CELL_FACT,
  sheet: [
    "view.opensAt",
    "view.reach",
    "view.zerosHidden",
    "view.formulasShown",
    "view.background",
    "print.scale",
    "print.fit",
    "print.paper",
    "print.margins",
    "print.areas",
    "printAreas",
    "pageTexts",
  ],
};
