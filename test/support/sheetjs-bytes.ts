import * as XLSX from "@e965/xlsx";

/**
 * A workbook's file as SheetJS writes it for another program. Written as a Node Buffer: type "array" goes
 * through a string of the whole file, a character per byte, and back (a third of the CPU a filled report took
 * to make). The bytes are the same; copied into an array of their own, as "array" gave.
 */
export function sheetjsBytes(book: XLSX.WorkBook, bookType: XLSX.BookType = "xlsx"): Uint8Array {
  return new Uint8Array(XLSX.write(book, { type: "buffer", bookType }) as Buffer);
}
