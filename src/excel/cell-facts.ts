import type { ReaderFacts } from "../core/grid/reader-facts";

/**
 * What the open workbook's reader gives of a cell (`ReaderFacts`): the text Excel gives for it (Range.text,
 * which no column's width changes: "###" and a General figure rounded to its column are judged from the
 * column's width, the font's size and the number format, as a file's reader judges them: `mayShow`,
 * `generalSizes`), its looks as Excel draws them, and the shapes and charts over it (`underDrawing`,
 * Worksheet.shapes and charts, placed on its sheet's rows and columns), and what the number formats of the
 * conditional formats over a named cell may make it show (`mayShow`, conditional-number-formats.ts). It reads
 * no array formula's or data table's area (`computedBy`) and no note shown over it (Office.js
 * gives a note's cell and size, not where its box lies). Of a sheet, its page setup, print area, page texts
 * and how far back its frozen panes let a person scroll (`view.reach`, WorksheetFreezePanes); where its
 * view opens and whether it shows formulas or hides zeros (`view.opensAt`, `view.formulasShown`,
 * `view.zerosHidden`) only of the sheet Excel's active window shows, on Windows and Mac (ExcelApiDesktop
 * 1.1: Office.js gives no sheet's own view, and no window elsewhere); never a background picture (no API):
 * the sheet background class is not seen in Excel.
 */
export const EXCEL_FACTS: ReaderFacts = {
  format: "Excel",
  cell: [
    "value",
    "formula",
    "shown",
    "mayShow",
    "hidden",
    "inks",
    "drawnSizes",
    "generalSizes",
    "underDrawing",
    "struck",
    "crossed",
    "textLayout",
    "mergedRoom",
  ],
  sheet: [
    "print.scale",
    "print.fit",
    "print.paper",
    "print.margins",
    "print.areas",
    "printAreas",
    "pageTexts",
    "view.reach",
    "view.opensAt",
    "view.formulasShown",
    "view.zerosHidden",
  ],
};
