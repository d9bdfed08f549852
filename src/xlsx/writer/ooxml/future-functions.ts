/**
 * Functions newer than the file format that Thi Đua's formulas use. Excel and LibreOffice read such a
 * function from an .xlsx only with `_xlfn.` before its name, and show #NAME? without it (Gnumeric reads
 * it either way). Office.js takes formulas as Excel shows them, without the prefix: only the file writer
 * adds it.
 */
const FUTURE = /(?<![A-Z0-9_.])(ISFORMULA)\(/g;

/** A formula as an .xlsx file stores it. */
export const storedFormula = (formula: string) =>
  formula.includes("ISFORMULA(") ? formula.replace(FUTURE, "_xlfn.$1(") : formula;
