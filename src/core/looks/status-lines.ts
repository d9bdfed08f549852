import type { FormRead } from "../report/form-read";
import { isStatusText } from "../report/status-line";
import { fill } from "../text/text";
import { finding, type Finding } from "../findings/finding";
import { quoted } from "../report/cell-compare";
import { WORDS } from "../vocabulary";

/**
 * A text with letters, which a person may read as a line naming a unit, period or state: a figure there
 * (LibreOffice's .xls caches the formula's text as 0) names none.
 */
const READ_AS_LINE = /\p{L}/u;
/**
 * An error a formula shows (Excel's, LibreOffice's "Err:520"): the status line of a form whose check sheet
 * a clerk deleted shows #REF!, which names nothing either (red team, round 25: named in an .xls and an
 * .ods, passed in an .xlsx, where it is read as the error it is).
 */
const FORMULA_ERROR = /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)|Err:\d{3})$/;

/**
 * A status line showing a text its formula never shows (red team, round 7: L1, another unit's line typed
 * over it): a person reads it as the template's own line under the unit line. What a format or a
 * conditional format may show there instead counts as much as the text held. Left blank, it shows nothing
 * to mislead: the province recounts the errors, never reads the line; nor does a figure.
 */
export function statusLineFindings(form: FormRead): Finding[] {
  // A unit and period line typed there is held to the report's (`identityLineFindings`).
  const identityCells = new Set(form.identityLines?.map((line) => line.address));
  return (form.statusLines ?? []).flatMap((line) => {
    if (identityCells.has(line.address)) return [];
    const found = [line.text, ...(line.mayShow ?? [])].find(
      (shown) => READ_AS_LINE.test(shown) && !FORMULA_ERROR.test(shown.trim()) && !isStatusText(shown),
    );
    if (found === undefined) return [];
    const where = { template: form.def.id, sheet: line.sheet, cell: line.address };
    return [
      finding(
        "error",
        "cell.status_overwritten",
        fill(WORDS.report.statusOverwritten, { found: quoted(found) }),
        where,
      ),
    ];
  });
}
