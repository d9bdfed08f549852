import type { FormRead } from "../report/form-read";
import { fill } from "../text/text";
import { finding, type Finding } from "../findings/finding";
import { quoted } from "../report/cell-compare";
import { WORDS } from "../vocabulary";

/**
 * An error at each cell of a form's sheet stating a unit of measure its figures are not in (`unitNotesOf`):
 * a person reads every figure of the form by it, while the roll-up counts what the headings say.
 */
export const unitNoteFindings = (form: FormRead): Finding[] =>
  (form.unitNotes ?? []).map((cell) =>
    finding(
      "error",
      "cell.unit_note",
      fill(WORDS.report.unitNote, { cell: cell.address, sheet: quoted(cell.sheet), text: quoted(cell.text) }),
      { template: form.def.id, sheet: cell.sheet, cell: cell.address },
    ),
  );
