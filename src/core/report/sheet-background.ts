import type { TemplateId } from "../catalog";

import { toA1 } from "../grid/a1";
import type { GridSheet, SheetPrint } from "../grid/grid";
import { AUTO_TEXT, isLegible, NO_FILL } from "./legible";

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

/**
 * Whether a page prints its cells on something black text may not be read on: a picture, or a colour
 * other than white that black is not legible on (a black page, a dark blue one).
 */
export const printsBehindCells = (background: SheetPrint["background"]): boolean =>
  background === "picture" ||
  (background !== undefined &&
    background.some((colour) => colour !== NO_FILL && !isLegible({ text: AUTO_TEXT, background: colour })));

export function formsOnBackground(
  sheets: readonly Pick<GridSheet, "name" | "view" | "print">[],
  forms: readonly FormRead[],
): FormOnBackground[] {
  return forms.flatMap((form): FormOnBackground[] => {
    const sheet = sheets.find((s) => s.name === form.sheet);
    if (!sheet || !(sheet.view?.background || printsBehindCells(sheet.print?.background))) return [];
    const title = form.frame?.title;
    return [{ template: form.def.id, sheet: sheet.name, cell: title ? toA1(title.row, title.col) : "A1" }];
  });
}
