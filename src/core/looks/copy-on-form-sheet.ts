import { toA1 } from "../grid/a1";
import type { FormRead } from "../report/form-read";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import { finding, type Finding } from "../findings/finding";

/**
 * A form shown again on the form's own sheet (its title, or half its row labels or more, `copiedAt`): a
 * copy of the form, below or beside it, perhaps with other figures, seen and printed with the form — first,
 * where the print area lists it first — and told from it by nothing, while the figures used are the form's
 * (red team, rounds 53 and 56). A copy on a sheet of its own is told by its tab (`sheet.form_copy`); this
 * one is refused.
 */
export function copyOnFormSheetFindings(form: FormRead): Finding[] {
  const { frame, sheet } = form;
  const again = frame?.copiedAt;
  if (!frame?.title || !again || sheet === undefined) return [];
  const cell = toA1(again.row, again.col);
  const message = fill(WORDS.report.formCopyOnSheet, {
    sheet: shown(sheet),
    cell,
    title: toA1(frame.title.row, frame.title.col),
  });
  return [finding("error", "sheet.form_copy_on_sheet", message, { template: form.def.id, sheet, cell })];
}
