import { fill, type Text } from "../text/text";
import { WORDS } from "../vocabulary/index";

/**
 * A cell (or a range, "A3:F20") named in a message's prose, as a person says it: ô C9 của trang tính
 * "Biểu 01", cell C9 of sheet "Biểu 01". Columns and JSON fields that hold a place keep Excel's Biểu 01!C9.
 */
export function cellPlace(sheet: string, cell: string): Text {
  return fill(cell.includes(":") ? WORDS.place.range : WORDS.place.cell, { sheet, cell });
}

/**
 * Where a finding is, said after the words about it (", ở ô C9 của trang tính "Biểu 01"", ", in sheet
 * "Biểu 01""), or nothing where it has no sheet.
 */
export function findingPlace(finding: { readonly sheet?: string; readonly cell?: string }): Text | "" {
  if (!finding.sheet) return "";
  const place = finding.cell
    ? cellPlace(finding.sheet, finding.cell)
    : fill(WORDS.place.sheet, { sheet: finding.sheet });
  return fill(WORDS.place.after, { place });
}

/** A file named in prose, with the place in it where one is known: tệp U01.xlsx, ô C9 của trang tính "Biểu 02". */
export function filePlace(file: string, place?: { readonly sheet: string; readonly address: string }): Text {
  return place
    ? fill(WORDS.place.fileCell, { file, place: cellPlace(place.sheet, place.address) })
    : fill(WORDS.place.file, { file });
}
