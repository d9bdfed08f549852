import type { FormRead } from "../report/form-read";
import { fromA1 } from "../grid/a1";
import { fill } from "../text/text";
import { finding, type Finding } from "../findings/finding";
import { quoted } from "../report/cell-compare";
import { WORDS } from "../vocabulary";
import { messageFigure } from "../text/figure-text";

/**
 * A warning at each row inserted between a form's rows (`insertedRowsOf`): what is typed there is rolled up
 * nowhere, and the clerk who added it meant it counted. A warning, not an error: the form's cells and totals
 * say what the roll-up counts, and a row may hold a note alone. A row without a label is told by its first
 * figure.
 */
export const insertedRowFindings = (form: FormRead): Finding[] =>
  (form.insertedRows ?? []).map((row) =>
    finding(
      "warning",
      "form.row_inserted",
      "text" in row.label
        ? fill(WORDS.report.rowInserted, {
            row: (fromA1(row.address)?.row ?? 0) + 1,
            sheet: quoted(row.sheet),
            text: quoted(row.label.text),
          })
        : fill(WORDS.report.rowInsertedFigures, {
            row: (fromA1(row.address)?.row ?? 0) + 1,
            sheet: quoted(row.sheet),
            cell: row.address,
            figure: messageFigure(row.label.figure),
          }),
      { template: form.def.id, sheet: row.sheet, cell: row.address },
    ),
  );
