import { EVERY_CELL_FACT, type ReaderFacts } from "../../core/grid/reader-facts";

/**
 * What the .xlsx reader gives (`ReaderFacts`): every fact of a cell, as an .xlsx holds every look Excel
 * draws a figure in, its drawings and its conditional formats; of a sheet, its view and its page setup,
 * but none of an .ods page style's (formulas or no zeros printed, a fill behind the page), which an .xlsx
 * cannot hold: its sheet background is its view's.
 */
export const XLSX_FACTS: ReaderFacts = {
  format: ".xlsx",
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
