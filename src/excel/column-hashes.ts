import type { CellSizes, TextLayout } from "../core/grid/grid";
import { showsHashes, type NumberWriting } from "../core/report/column-room";

/**
 * How Excel writes a figure, from the format it names (`Range.numberFormat`, in English whatever the
 * language of Excel) and the text it gives (`Range.text`, the format's text whatever the column's width):
 * General is judged by its digits, which a narrow column writes rounded before it shows "###".
 */
export const excelWriting = (numberFormat: unknown, text: string | undefined): NumberWriting | undefined =>
  numberFormat === "General" ? "general" : text !== undefined && text !== "" ? { text } : undefined;

/**
 * Whether Excel shows "###" for a figure in its column, on screen and in print: `Range.text` never does
 * (Office.js: "the number sign (#) substitution that happens in the Excel UI will not affect the text
 * value returned by the API"), so it is judged as the file readers judge it (`showsHashes`), from the
 * column's width in characters of 5.25 pt (`columnCharacters`: Calibri 11's 7-px digit, wider than the
 * digits of the fonts reports are written in, so a column is never judged narrower than it is) and the
 * figure's font size as drawn. Not judged in a merge, whose columns' widths were not all read.
 */
export const excelShowsHashes = (
  value: number,
  writing: NumberWriting | undefined,
  layout: TextLayout | undefined,
  sizes: CellSizes,
  merged: boolean,
): boolean => !merged && showsHashes(value, writing, layout, sizes);
