import { finding, type Finding } from "../findings/finding";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import { FormFormulasShown } from "../report/formulas-shown";

/** Formulas in place of the totals refuse the file: what is seen and signed lacks the figures rolled up. */
export const formulasShownFindings = (shownFormulas: readonly FormFormulasShown[]): Finding[] =>
  shownFormulas.map(({ template, sheet, cell, where }) =>
    finding(
      "error",
      "sheet.formulas_shown",
      fill(where === "view" ? WORDS.report.formulasShown : WORDS.report.formulasPrinted, {
        sheet: shown(sheet),
        cell,
      }),
      { template, sheet, cell },
    ),
  );
