import type { TemplateId } from "../catalog";

import type { GridSheet } from "../grid/grid";

import type { FormRead } from "./form-read";
/**
 * A form's sheet that shows, or prints, each formula's text in place of its result: its totals and rates
 * read "=C9+C10+C11" or "###" on screen (Excel's Show Formulas, which it prints too) or on the signed copy
 * (an .ods page style printing "Formulas"), while the roll-up counts their results (red team, round 53).
 */
export interface FormFormulasShown {
  readonly template: TemplateId;
  readonly sheet: string;
  /** The first of the form's computed cells. */
  readonly cell: string;
  readonly where: "view" | "print";
}

export function formsFormulasShown(
  sheets: readonly Pick<GridSheet, "name" | "view" | "print">[],
  forms: readonly FormRead[],
): FormFormulasShown[] {
  return forms.flatMap((form): FormFormulasShown[] => {
    const sheet = sheets.find((s) => s.name === form.sheet);
    const where = sheet?.view?.formulasShown ? "view" : sheet?.print?.formulasPrinted ? "print" : null;
    const computed = form.reads.find((read) => read.sheet === form.sheet && read.cell.formula);
    return where && computed?.address !== undefined && form.sheet !== undefined
      ? [{ template: form.def.id, sheet: form.sheet, cell: computed.address, where }]
      : [];
  });
}
