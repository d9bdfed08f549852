import type { FormRead } from "../report/form-read";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import { finding, type Finding } from "../findings/finding";

/** Where the template writes a form's title: A1, over the form's width. */
const TITLE_CELL = "A1";

/**
 * A form whose sheet shows its figures under no title of its own: the title deleted, hidden, or replaced
 * by another form's ("Biểu 02: Phát triển đoàn viên" over Biểu 01's table, red team, round 52), so the
 * printout does not say which form its figures are, or says another.
 */
export function formTitleFindings(form: FormRead): Finding[] {
  if (form.sheet === undefined || !form.frame || form.frame.title) return [];
  const message = fill(WORDS.report.titleMissing, { sheet: shown(form.sheet), title: form.def.title.vi });
  return [
    finding("error", "form.title_missing", message, {
      template: form.def.id,
      sheet: form.sheet,
      cell: TITLE_CELL,
    }),
  ];
}
