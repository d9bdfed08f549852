import type { TemplateId } from "../catalog";
import { finding, type Finding } from "../check/finding";
import { fromA1, toA1 } from "../grid/a1";
import type { GridSheet } from "../grid/grid";
import { inPrintAreas, printAreaA1 } from "../grid/print-areas";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import type { FormRead } from "./form-read";

/**
 * A form's sheet whose print area leaves out a cell of the form: the printout, the copy that is signed and
 * stamped, shows another part of the sheet (a copy of the form beside it, with other figures) or the form
 * without that cell, while the figures used are the named ones (red team, round 9).
 */
export interface FormOffPrint {
  readonly template: TemplateId;
  readonly sheet: string;
  /** The first of the form's cells, title or figure, its printout leaves out. */
  readonly cell: string;
  readonly printAreas: string;
}

/** Each form whose sheet sets a print area that leaves out its title or one of its named cells. */
export function formsOffPrint(
  sheets: readonly Pick<GridSheet, "name" | "printAreas">[],
  forms: readonly FormRead[],
): FormOffPrint[] {
  return forms.flatMap((form): FormOffPrint[] => {
    const areas = sheets.find((sheet) => sheet.name === form.sheet)?.printAreas;
    if (!areas || form.sheet === undefined) return [];
    const named = form.reads.flatMap((read) =>
      read.sheet === form.sheet && read.address !== undefined ? [fromA1(read.address)!] : [],
    );
    const left = [...(form.frame?.title ? [form.frame.title] : []), ...named].find(
      ({ row, col }) => !inPrintAreas(areas, row, col),
    );
    if (!left) return [];
    const printAreas = areas.length > 0 ? areas.map(printAreaA1).join(", ") : "—";
    return [{ template: form.def.id, sheet: form.sheet, cell: toA1(left.row, left.col), printAreas }];
  });
}

/** A print area leaving out a form's cell refuses the file: what is signed is not what is rolled up. */
export const formOffPrintFindings = (offPrint: readonly FormOffPrint[]): Finding[] =>
  offPrint.map(({ template, sheet, cell, printAreas }) =>
    finding(
      "error",
      "sheet.print_area_off_form",
      fill(WORDS.report.printAreaOffForm, { sheet: shown(sheet), cell, areas: printAreas }),
      { template, sheet, cell },
    ),
  );
