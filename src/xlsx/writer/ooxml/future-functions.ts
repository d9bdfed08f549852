/**
 * Functions newer than the file format that Thi Đua's formulas use. Excel and LibreOffice read such a
 * function from an .xlsx only with `_xlfn.` before its name, and show #NAME? without it (Gnumeric reads
 * it either way). Office.js takes formulas as Excel shows them, without the prefix: only the file writer
 * adds it, to cells' formulas and conditional formats' alike.
 */
const FUTURE_FUNCTIONS = ["ISFORMULA"];

const FUTURE = new RegExp(`(?<![A-Z0-9_.])(${FUTURE_FUNCTIONS.join("|")})\\(`, "g");
/** Most formulas of a summary of a million cells name none: a cheap look keeps them off the pattern. */
const CALLS = FUTURE_FUNCTIONS.map((name) => `${name}(`);

/** A formula as an .xlsx file stores it. */
export const storedFormula = (formula: string) =>
  CALLS.some((call) => formula.includes(call)) ? formula.replace(FUTURE, "_xlfn.$1(") : formula;
