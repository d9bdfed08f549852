import { fromA1 } from "../grid/a1";
import type { GridSheet } from "../grid/grid";
import type { CellRead, FigureArea, PlacedText } from "./form-read";
import { sheetTexts } from "./sheet-texts";

/**
 * The rows a clerk inserted between a form's rows, each by its first text (the row's label): a row of the
 * form's area on its sheet that holds a text and none of the form's cells. The roll-up reads a form's
 * figures by their names, and the form's totals add its own rows: what is typed on such a row is counted
 * nowhere (an honest clerk's round: "Hộ kinh doanh cá thể" inserted above Biểu 02's total, its 40 workers
 * left out of the unit's 6,325 without a word). A row inserted above or below the form holds none of its
 * area.
 */
export function insertedRowsOf(
  sheet: GridSheet,
  formSheet: string,
  reads: readonly CellRead[],
  area: FigureArea,
): PlacedText[] {
  const named = new Set<number>();
  for (const read of reads) {
    const at = read.sheet === formSheet && read.address ? fromA1(read.address) : null;
    if (at) named.add(at.row);
  }
  const inserted = new Map<number, PlacedText>();
  for (const text of sheetTexts(sheet))
    if (
      text.row > area.first.row &&
      text.row < area.last.row &&
      !named.has(text.row) &&
      !inserted.has(text.row)
    )
      inserted.set(text.row, { sheet: formSheet, address: text.address, text: text.text });
  return [...inserted.values()];
}
