import { EVERY_CELL_FACT, type ReaderFacts } from "../../../core/grid/reader-facts";

/**
 * What the .ods reader (SheetJS, with the document's content and styles read beside it) gives
 * (`ReaderFacts`): every fact of a cell, its style maps (conditional formats) and its shapes included; of
 * a sheet, its view as its settings keep it and its page style, which prints formulas, no zeros or a
 * background where an .xlsx's view would show them (LibreOffice keeps no Show Formulas in a file).
 */
export const ODS_FACTS: ReaderFacts = {
  format: ".ods",
  cell: EVERY_CELL_FACT,
  sheet: [
    "view.opensAt",
    "view.reach",
    "view.zerosHidden",
    "print.scale",
    "print.fit",
    "print.paper",
    "print.margins",
    "print.areas",
    "print.formulasPrinted",
    "print.zerosUnprinted",
    "print.background",
    "printAreas",
    "pageTexts",
  ],
};
