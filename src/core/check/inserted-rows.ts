import type { FormRead } from "../report/form-read";
import { fromA1 } from "../grid/a1";
import { fill } from "../text/text";
import { finding, type Finding } from "../findings/finding";
import { quoted } from "../report/cell-compare";
import { WORDS } from "../vocabulary";

/**
 * A warning at each row inserted between a form's rows (`insertedRowsOf`): what is typed there is rolled up
 * nowhere, and the clerk who added it meant it counted. A warning, not an error: the form's cells and totals
 * say what the roll-up counts, and a row may hold a note alone.
 */
export const insertedRowFindings = (form: FormRead): Finding[] =>
  (form.insertedRows ?? []).map((row) =>
    finding(
      "warning",
      "form.row_inserted",
      fill(WORDS.report.rowInserted, {
        row: (fromA1(row.address)?.row ?? 0) + 1,
        sheet: quoted(row.sheet),
        text: quoted(row.text),
      }),
      { template: form.def.id, sheet: row.sheet, cell: row.address },
    ),
  );
