import { decodeKept, KEPT_RECORD } from "../../../src/excel/build-journal";
import type { WorkbookState } from "../fakes/fake-state";

/** The sheets the last write kept for an undo, as its record lists them: its manifest and the sheets it set aside. */
export function keptSheets(book: WorkbookState): Set<string> {
  const record = book.names.find((n) => n.name === KEPT_RECORD);
  const swap = record && decodeKept(book.nameFormula(record));
  return new Set(swap ? [swap.manifest, ...swap.aside.map((a) => a.aside)] : []);
}

/** The workbook's sheet names in order, those kept for an undo left out. */
export function sheetsInUse(book: WorkbookState): string[] {
  const kept = keptSheets(book);
  return book.sheets.map((s) => s.name).filter((name) => !kept.has(name));
}

/** The workbook's names and what they point at, the record of what is kept for an undo left out. */
export function namesInUse(book: WorkbookState): Map<string, string> {
  return new Map([...book.nameTargets()].filter(([name]) => name !== KEPT_RECORD));
}
