import type { FormRead } from "../report/form-read";
import { LINE_BREAKS } from "../report/several-lines";
import { fill } from "../text/text";
import { finding, type Finding } from "../findings/finding";
import { quoted } from "../report/cell-compare";
import { WORDS } from "../vocabulary";

/**
 * An error at each cell of a form's sheet holding on several lines a text the template writes on one
 * (`severalLinesOf`): a person may read only one of its lines, and another than the one compared.
 */
export const severalLinesFindings = (form: FormRead): Finding[] =>
  (form.severalLines ?? []).map((cell) =>
    finding(
      "error",
      "cell.several_lines",
      fill(WORDS.report.severalLines, {
        cell: cell.address,
        sheet: quoted(cell.sheet),
        // Each break shown as one, so the message stays on one line.
        text: quoted(cell.text.replace(LINE_BREAKS, " ↵ ")),
      }),
      { template: form.def.id, sheet: cell.sheet, cell: cell.address },
    ),
  );
