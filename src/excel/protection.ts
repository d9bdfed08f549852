import { HostError } from "../host/workbook-host";
import { WORDS } from "../core/vocabulary";

/**
 * How our form sheets are protected, as the file writer does: no password (protection guards against
 * slips, not against the unit's own staff), columns and rows may be resized, every cell may be selected.
 */
export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  selectionMode: "Normal",
};

export const STRUCTURE_PROTECTED = WORDS.excel.structureProtected;

/**
 * A protected structure refuses adding, deleting, renaming and hiding sheets, and a batch is not
 * undone when a command fails, so writing is refused up front. Needs `protected` loaded.
 */
export function requireUnprotectedStructure(protection: Excel.WorkbookProtection): void {
  if (protection.protected) throw new HostError(STRUCTURE_PROTECTED);
}
