import { finding, type Finding } from "../findings/finding";
import { fill, shown } from "../text/text";
import { WORDS } from "../vocabulary";
import { LookAlike } from "../report/look-alike";

/**
 * Each look-alike sheet is an error: refused, naming both sheets. A copy of a form a person can tell
 * from it by its tab is a warning: a clerk's draft "Biểu 02 (2)" is common, yet its figures may be the
 * ones the clerk meant, and a printout shows both.
 */
export const lookAlikeFindings = (lookAlikes: readonly LookAlike[]): Finding[] =>
  lookAlikes.map(({ template, sheet, formSheet, by }) =>
    finding(
      by === "copy" ? "warning" : "error",
      by === "copy" ? "sheet.form_copy" : "sheet.look_alike",
      fill(
        {
          name: WORDS.report.lookAlikeSheet,
          opening: WORDS.report.opensOnOtherSheet,
          title: WORDS.report.formCopyTabsHidden,
          copy: WORDS.report.formCopy,
        }[by],
        { sheet: shown(sheet), formSheet: shown(formSheet) },
      ),
      { template, sheet },
    ),
  );
