import type { ReaderFacts } from "../core/grid/reader-facts";

/**
 * What the open workbook's reader gives of a cell (`ReaderFacts`): the text Excel gives for it (Range.text,
 * which no column's width changes: "###" and a General figure rounded to its column are judged from the
 * column's width, the font's size and the number format, as a file's reader judges them: `mayShow`,
 * `generalSizes`) and its looks as Excel draws them. It reads no conditional format's number format, no
 * array formula's or data table's area (`computedBy`) and none of the sheet's drawings (`underDrawing`): a
 * figure under a text box is not seen in Excel. Of a sheet, its page setup, print area and page texts,
 * but nothing of its view (where it opens, zeros or formulas shown, a background picture), which it
 * does not read: a sheet class told by its view alone is not seen in Excel.
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
    "struck",
    "crossed",
    "textLayout",
  ],
  sheet: [
    "print.scale",
    "print.fit",
    "print.paper",
    "print.margins",
    "print.areas",
    "printAreas",
    "pageTexts",
  ],
};
