import type { Text } from "../text/text";
import { WORDS } from "../vocabulary";

/** The spreadsheet programs whose own commands advice can name. */
export type SavingProgram = "excel" | "libreoffice";

/**
 * The program a workbook says saved it (`WorkbookGrid.application`), where it is one whose commands advice
 * names: LibreOffice (and the programs built on it, which share its menus), or Excel. Another program, or
 * none named (an .xls), gives none: advice then names both.
 */
export function savingProgram(application: string | undefined): SavingProgram | undefined {
  if (application === undefined) return undefined;
  if (/libreoffice|openoffice|collabora/i.test(application)) return "libreoffice";
  return /microsoft\s*excel/i.test(application) ? "excel" : undefined;
}

/** How to recalculate every formula and save, in the program that saved the file, else in either. */
export function recalculateAdvice(program: SavingProgram | undefined): Text {
  return WORDS.report.recalculate[program ?? "either"];
}
