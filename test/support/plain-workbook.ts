import * as XLSX from "@e965/xlsx";
import { sheetjsBytes } from "./sheetjs-bytes";

export type Row = readonly (string | number)[];

/** A workbook as another program writes it: plain sheets of values, no Excel tables, no styles. */
export function plainWorkbook(sheets: Record<string, readonly Row[]>): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows.map((row) => [...row])), name);
  return sheetjsBytes(book);
}
