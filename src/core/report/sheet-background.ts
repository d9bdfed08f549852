import type { TemplateId } from "../catalog";

import { toA1 } from "../grid/a1";
import type { GridSheet } from "../grid/grid";

import type { FormRead } from "./form-read";
/**
 * A form's sheet with a picture, or a dark colour, behind its cells: the form's title, labels, unit line and
 * signature lines, black on no fill of their own, vanish into it on screen in Excel (a sheet background) or
 * on the printout LibreOffice makes (which prints a sheet background, and an .ods page style's), while only
 * the filled figures show (red team, round 53).
 */
export interface FormOnBackground {
  readonly template: TemplateId;
  readonly sheet: string;
  /** The form's title, where found; else A1. */
  readonly cell: string;
}

export function formsOnBackground(
  sheets: readonly Pick<GridSheet, "name" | "view" | "print">[],
  forms: readonly FormRead[],
): FormOnBackground[] {
  return forms.flatMap((form): FormOnBackground[] => {
    const sheet = sheets.find((s) => s.name === form.sheet);
    if (!sheet || !(sheet.view?.background || sheet.print?.background)) return [];
    const title = form.frame?.title;
    return [{ template: form.def.id, sheet: sheet.name, cell: title ? toA1(title.row, title.col) : "A1" }];
  });
}
