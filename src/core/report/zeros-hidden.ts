import type { TemplateId } from "../catalog";

import type { GridSheet } from "../grid/grid";

import type { CellRead, FormRead } from "./form-read";
import { isLegible } from "./legible";
/**
 * A form's sheet whose view shows a zero as an empty cell, and the first of its required figures that is
 * 0: on screen the form looks as if that figure was never entered, a form the checks would refuse, while
 * the roll-up counts it as 0 (red team, round 9: `showZeros="0"`, which LibreOffice takes as its document's
 * "zero values" option) — or whose printout does (round 53: an .ods page style without "zero-values").
 */
export interface FormZerosHidden {
  readonly template: TemplateId;
  readonly sheet: string;
  readonly cell: string;
  /**
   * On screen, on the printed copy only, in the cell's number format (on both), or in an ink its
   * background hides (its font's or a conditional format's that may apply, on both).
   */
  readonly where: "view" | "print" | "format" | "ink";
}

/** A number format writes nothing for it, or blanks alone, as a program may show it. */
const writtenBlank = (read: CellRead) =>
  [read.shown, ...(read.mayShow ?? [])].some((text) => text?.trim() === "");

/**
 * It may be written in an ink its background hides: white on white by a conditional format of `= 0`, which
 * hides a 0 as a format writing nothing does (the class of a figure in its background's colour judges
 * figures other than 0, which a person must see).
 */
const inkHidden = (read: CellRead) => !!read.inks?.some((ink) => !isLegible(ink));

export function formsZerosHidden(
  sheets: readonly Pick<GridSheet, "name" | "view" | "print">[],
  forms: readonly FormRead[],
): FormZerosHidden[] {
  return forms.flatMap((form): FormZerosHidden[] => {
    const sheet = sheets.find((s) => s.name === form.sheet);
    const zeros = form.reads.filter(
      (read) =>
        read.sheet === form.sheet &&
        read.cell.required &&
        !read.cell.formula &&
        read.value?.type === "number" &&
        read.value.value === 0,
    );
    const where = sheet?.view?.zerosHidden ? "view" : sheet?.print?.zerosUnprinted ? "print" : null;
    // Else a number format whose section for zero writes nothing (`#,##0;-#,##0;;@`, round 56), or blanks
    // alone, as a program may show it (an .ods data style rendered, round 62: LibreOffice's `#`); else an
    // ink that hides it.
    const zero = where ? zeros[0] : (zeros.find(writtenBlank) ?? zeros.find(inkHidden));
    if (zero?.address === undefined || form.sheet === undefined) return [];
    const how = where ?? (writtenBlank(zero) ? "format" : "ink");
    return [{ template: form.def.id, sheet: form.sheet, cell: zero.address, where: how }];
  });
}
