import { quoteSheet } from "../../../core/grid/a1";

/**
 * A reference SheetJS leaves as the .ods wrote it: it writes `[.C10]` as `C10`, but keeps the brackets
 * of one fixed (`[.$C$10]`) or naming its sheet (`['Biểu 01'.C10]`), which a clerk's F4 in LibreOffice
 * writes. Then a sheet (quoted, or bare), a point and a cell, and maybe a second sheet and cell.
 */
const SHEET = String.raw`(?:'((?:[^']|'')*)'|([^\].'\[:]+))?`;
const CELL = String.raw`\.(\$?[A-Z]{1,3}\$?\d{1,7})`;
const REFERENCE = new RegExp(String.raw`"(?:[^"]|"")*"|\[${SHEET}${CELL}(?::${SHEET}${CELL})?\]`, "g");

/** A sheet's name as a reference writes it (`'Biểu 01'!`), none where the reference names none. */
const sheetPrefix = (quoted: string | undefined, bare: string | undefined) => {
  const name = quoted !== undefined ? quoted.replace(/''/g, "'") : bare;
  return name === undefined ? "" : `${quoteSheet(name)}!`;
};

/**
 * A formula as SheetJS reads it from an .ods, its references written as Excel writes them: texts left as
 * they are. Without this a total a clerk fixed with F4 (`[.$C$10]+[.$C$11]`) read as a formula changed
 * (red team, round 51).
 */
export function odsReferencesAsA1(formula: string): string {
  if (!formula.includes("[")) return formula;
  return formula.replace(
    REFERENCE,
    (
      token,
      quoted?: string,
      bare?: string,
      cell?: string,
      quoted2?: string,
      bare2?: string,
      cell2?: string,
    ) => {
      if (cell === undefined) return token;
      const from = `${sheetPrefix(quoted, bare)}${cell}`;
      if (cell2 === undefined) return from;
      const sameSheet = quoted2 === undefined && bare2 === undefined;
      return `${from}:${sameSheet ? "" : sheetPrefix(quoted2, bare2)}${cell2}`;
    },
  );
}
