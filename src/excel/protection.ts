/**
 * How our form sheets are protected, as the file writer does: no password (protection guards against
 * slips, not against the unit's own staff), columns and rows may be resized, every cell may be selected.
 */
export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  selectionMode: "Normal",
};
