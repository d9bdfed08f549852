import { fromA1 } from "../grid/a1";
import type { GridSheet } from "../grid/grid";
import type { CellRead, FigureArea, InsertedRow } from "./form-read";
import { sheetTexts } from "./sheet-texts";

/**
 * The rows a clerk inserted between a form's rows: a row of the form's area on its sheet that holds a text
 * or a figure and none of the form's cells. The roll-up reads a form's figures by their names, and the
 * form's totals add its own rows: what is typed on such a row is counted nowhere (an honest clerk's round:
 * "Hộ kinh doanh cá thể" inserted above Biểu 02's total, its 40 workers left out of the unit's 6,325
 * without a word; the same row typed without its label). A row inserted above or below the form holds none
 * of its area. Every reader gives a form sheet's texts and its figures where no name reads them.
 */
export function insertedRowsOf(
  sheet: GridSheet,
  formSheet: string,
  reads: readonly CellRead[],
  area: FigureArea,
): InsertedRow[] {
  const named = new Set<number>();
  for (const read of reads) {
    const at = read.sheet === formSheet && read.address ? fromA1(read.address) : null;
    if (at) named.add(at.row);
  }
  const within = (row: number) => row > area.first.row && row < area.last.row && !named.has(row);
  const inserted = new Map<number, InsertedRow>();
  for (const text of sheetTexts(sheet))
    if (within(text.row) && !inserted.has(text.row))
      inserted.set(text.row, { sheet: formSheet, address: text.address, label: { text: text.text } });
  for (const [address, cell] of sheet.cells) {
    if (cell.value?.type !== "number") continue;
    const at = fromA1(address);
    if (at && within(at.row) && !inserted.has(at.row))
      inserted.set(at.row, { sheet: formSheet, address, label: { figure: cell.value.value } });
  }
  return [...inserted.values()].sort((a, b) => (fromA1(a.address)?.row ?? 0) - (fromA1(b.address)?.row ?? 0));
}
